const axios = require('axios');

const APP_ID = process.env.HEAP_APP_ID;
const TRACK = 'https://heapanalytics.com/api/track';
const USER_PROPS = 'https://heapanalytics.com/api/add_user_properties';

function pushOrders(orders) {
  const body = {
    app_id: APP_ID,
    events: orders.map((o) => ({
      identity: o.customerEmail,
      event: 'Order Imported',
      timestamp: o.createdAt,
      properties: { total: o.total },
    })),
  };
  return axios.post(TRACK, body);
}

function pushMigrationMarkers(contacts) {
  return axios.post(TRACK, {
    app_id: APP_ID,
    events: [
      {
        identity: contacts[0].email,
        event: 'CRM Migration Started',
      },
      { // expect: server-identity
        event: 'CRM Migration Finished',
        properties: { count: contacts.length },
      },
    ],
  });
}

function pushContactProperties(contacts) {
  const users = contacts.map((c) => ({
    identity: c.email,
    properties: { lifecycle: c.stage, score: c.leadScore },
  }));
  return axios.post(USER_PROPS, { app_id: APP_ID, users });
}

function pushSeedUsers() {
  const payload = {
    app_id: APP_ID,
    users: [
      { identity: 'seed-user', properties: { seeded: 'yes' } }, // expect: server-identity
    ],
  };
  return axios.post(USER_PROPS, payload);
}

function pushSingle(contact) {
  const config = { headers: { 'Content-Type': 'application/json' } };
  const data = { app_id: APP_ID, properties: { owner: contact.ownerName } };
  data.identity = contact.email;
  return axios.post(USER_PROPS, data, config);
}

module.exports = { pushOrders, pushMigrationMarkers, pushContactProperties, pushSeedUsers, pushSingle };
