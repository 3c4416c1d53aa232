/* heaplint-disable conflicting-identities -- separate cases */
const axios = require('axios');
const got = require('got');
const heapApi = require('heap-api');
const client = heapApi(process.env.HEAP_APP_ID);

async function sync(user) {
  await axios.post('https://heapanalytics.com/api/track', { app_id: APP, identity: user.email, event: 'Paid' });
  await axios.post('https://heapanalytics.com/api/track', { app_id: APP, event: 'Paid' }); // expect: server-identity
  await got.post('https://heapanalytics.com/api/add_user_properties', { json: { app_id: APP, identity: 'admin', properties: {} } }); // expect: server-identity
  await fetch('https://heapanalytics.com/api/add_user_properties', { method: 'POST', body: JSON.stringify({ app_id: APP, properties: { plan: 'pro' } }) }); // expect: server-identity
  client.addUserProperties(user.id, { plan: 'pro' });
  client.addUserProperties({ plan: 'pro' }); // expect: server-identity
  client.track('Signup', user.id, { plan: 'pro' });
  client.track('Signup', 'guest'); // expect: server-identity
  client.track('Signup'); // expect: server-identity
  await fetch(someUrl, { method: 'POST', body: JSON.stringify({ identity: 'guest' }) });
}
module.exports = { sync };
