'use strict';

const Tracker = require('../lib/tracker');
const identity = require('../lib/identity');
const api = require('./api');

const tracker = new Tracker();

async function onBillingPage() {
  const user = await api.me();
  tracker.identify(user.plan); // expect: non-unique-identity
}

async function onHome() {
  const user = await api.me();
  tracker.identify(user.id);
  tracker.setUser({ features: new Set(user.features) }); // expect: user-property-value
  tracker.setUser({ featureCount: user.features.length });
}

function onAnonymousSurvey() {
  identity.identify(crypto.randomUUID()); // expect: random-identity
  identity.addProps({ surveyStartedAt: Date.now() });
}

async function onSettings() {
  const user = await api.me();
  identity.identify(user.email);
  identity.addProps({ timezone: Intl.DateTimeFormat().resolvedOptions().timeZone });
}

module.exports = { onBillingPage, onHome, onAnonymousSurvey, onSettings };
