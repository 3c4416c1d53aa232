const Queue = require('bull');
const heapServer = require('heap-server');

const heap = heapServer(process.env.HEAP_APP_ID);
const queue = new Queue('analytics', process.env.REDIS_URL);

queue.process('track', async (job) => {
  const { email, event, properties } = job.data;
  heap.push({ identity: email, event, properties });
});

queue.process('user-props', async (job) => {
  heap.push({ identity: job.data.email, properties: job.data.properties });
});

queue.process('funnel-snapshot', async (job) => {
  heap.push({ event: 'Signup Funnel Snapshot', properties: job.data.counts }); // expect: server-identity
});

module.exports = queue;
