const got = require('got');

const HEAP = 'https://heapanalytics.com';
const APP_ID = process.env.HEAP_APP_ID;

async function syncAccounts(accounts) {
  return got.post(`${HEAP}/api/add_account_properties`, {
    json: {
      app_id: APP_ID,
      accounts: accounts.map((a) => ({
        account_id: a.id,
        properties: { plan: a.plan, mrr: a.mrr, seats: a.seats },
      })),
    },
  });
}

async function syncAccount(account) {
  return got.post(`${HEAP}/api/add_account_properties`, {
    json: { app_id: APP_ID, account_id: account.id, properties: { industry: account.industry } },
  });
}

async function syncUsers(users) {
  return got.post(`${HEAP}/api/add_user_properties`, {
    json: {
      app_id: APP_ID,
      users: users.map((u) => ({ identity: u.email, properties: { role: u.role, account: u.accountId } })),
    },
  });
}

async function syncPrepared(body) {
  return got.post(`${HEAP}/api/add_user_properties`, { json: body });
}

async function syncBillingContacts(billing) {
  return got.post(`${HEAP}/api/add_user_properties`, {
    json: {
      app_id: APP_ID,
      users: [
        { identity: billing.ownerEmail, properties: { billing_owner: 'yes' } },
        { identity: '', properties: { billing_owner: 'no' } }, // expect: server-identity
        { // expect: server-identity
          properties: { billing_cc: billing.ccEmail },
        },
      ],
    },
  });
}

module.exports = { syncAccounts, syncAccount, syncUsers, syncPrepared, syncBillingContacts };
