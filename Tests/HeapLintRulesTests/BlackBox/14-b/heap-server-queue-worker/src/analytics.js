'use strict';

const heap = require('heap-server')(process.env.HEAP_APP_ID);

function emailSent(job) {
  heap.push({
    identity: job.recipient,
    event: 'Transactional Email Sent',
    properties: { template: job.template },
  });
}

function emailBounced(job, reason) {
  heap.push({ identity: job.recipient, properties: { email_status: 'bounced', bounce_reason: reason } });
}

function queueDrained(stats) {
  heap.push({ // expect: server-identity
    event: 'Email Queue Drained',
    properties: { processed: stats.processed, failed: stats.failed },
  });
}

module.exports = { emailSent, emailBounced, queueDrained };
