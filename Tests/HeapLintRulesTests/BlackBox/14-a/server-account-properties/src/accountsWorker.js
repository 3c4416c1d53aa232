const https = require('https');

function postToHeap(path, payload) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'heapanalytics.com',
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', resolve);
      }
    );
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

async function onOrganizationUpdated(org) {
  await postToHeap('/api/add_account_properties', {
    app_id: process.env.HEAP_APP_ID,
    account_id: String(org.id),
    properties: { name: org.name, billing_country: org.country },
  });
}

async function onUserJoinedOrganization(user, org) {
  await postToHeap('/api/add_user_properties', {
    app_id: process.env.HEAP_APP_ID,
    identity: user.email,
    properties: { account_id: String(org.id), org_role: user.orgRole },
  });
}

module.exports = { onOrganizationUpdated, onUserJoinedOrganization };
