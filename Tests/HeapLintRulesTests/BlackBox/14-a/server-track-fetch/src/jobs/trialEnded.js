const fetch = require('node-fetch');

const APP_ID = process.env.HEAP_APP_ID;

async function sendTrialEnded(account, owner) {
  const body = {
    app_id: APP_ID,
    identity: String(owner.id),
    event: 'Trial Ended',
    properties: {
      account_name: account.name,
      converted: account.converted ? 'yes' : 'no',
    },
  };

  await fetch('https://heapanalytics.com/api/track', {
    method: 'post',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
}

async function sendSeatLimitReached(account, owner) {
  await fetch('https://heapanalytics.com/api/track', {
    method: 'post',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      identity: owner && owner.id ? String(owner.id) : '', // expect: server-identity
      event: 'Seat Limit Reached',
      properties: { seats: account.seats },
    }),
  });
}

module.exports = { sendTrialEnded, sendSeatLimitReached };
