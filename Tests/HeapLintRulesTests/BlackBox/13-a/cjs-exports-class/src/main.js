'use strict';

const Tracker = require('../lib/tracker');
const identity = require('../lib/identity');
const api = require('./api');

const tracker = new Tracker();

async function startTrial(form) {
  const trial = await api.post('/trials', { email: form.email });
  tracker.identify(Date.now().toString()); // expect: random-identity
  tracker.event('Trial Started', { length_days: trial.days });
}

async function restoreSession() {
  const session = await api.get('/session');
  if (session.user) {
    identity.identifyVisitor({ id: session.user.id });
    tracker.setProperties({ seats: session.user.seats, region: session.user.region });
  } else {
    identity.identifyVisitor({ id: session.id }); // expect: anonymous-identity
  }
}

function onInviteAccepted(invite) {
  require('../lib/identity').identifyByEmail(invite.email);
}

document.addEventListener('DOMContentLoaded', restoreSession);
module.exports = { startTrial, onInviteAccepted };
