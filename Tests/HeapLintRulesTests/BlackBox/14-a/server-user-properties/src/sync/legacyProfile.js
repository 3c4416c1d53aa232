const request = require('request-promise');

const APP_ID = process.env.HEAP_APP_ID;

async function updateProfile(user, changes) {
  return request({
    uri: 'https://heapanalytics.com/api/add_user_properties',
    method: 'POST',
    json: true,
    body: {
      app_id: APP_ID,
      identity: user.email,
      properties: changes,
    },
  });
}

async function markNewsletter(users) {
  return request({
    uri: 'https://heapanalytics.com/api/add_user_properties',
    method: 'POST',
    json: true,
    body: { app_id: APP_ID, users },
  });
}

async function markSupportAgent() {
  return request({
    uri: 'https://heapanalytics.com/api/add_user_properties',
    method: 'POST',
    json: true,
    body: {
      app_id: APP_ID,
      identity: 'support', // expect: server-identity
      properties: { internal: 'yes' },
    },
  });
}

module.exports = { updateProfile, markNewsletter, markSupportAgent };
