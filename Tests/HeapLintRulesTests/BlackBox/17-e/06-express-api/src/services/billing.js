'use strict';

const axios = require('axios');
const config = require('../config');
const heapClient = require('../lib/heap');
const Orgs = require('../models/orgs');

const heapApi = axios.create({ baseURL: 'https://heapanalytics.com/api', timeout: 5000 });

async function onPlanChanged(subscription) {
  const org = await Orgs.findByStripeCustomer(subscription.customer);
  if (!org) return;

  const plan = subscription.items.data[0].price.lookup_key;
  await Orgs.update(org.id, { plan });

  await heapApi.post('/add_account_properties', { // expect: server-identity
    app_id: config.heap.appId,
    properties: { plan, seats: subscription.quantity, mrr: subscription.items.data[0].price.unit_amount / 100 },
  });

  await heapClient.addUserProperties(org.ownerEmail, { plan, billing_role: 'owner' });
}

async function syncAccounts(orgs) {
  await heapApi.post('/add_account_properties', {
    app_id: config.heap.appId,
    accounts: orgs.map((org) => ({
      account_id: String(org.id),
      properties: { name: org.name, plan: org.plan, seats: org.seats },
    })),
  });
}

module.exports = { onPlanChanged, syncAccounts };
