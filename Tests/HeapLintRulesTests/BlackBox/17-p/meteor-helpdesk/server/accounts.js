import { Meteor } from 'meteor/meteor';
import { Accounts } from 'meteor/accounts-base';

const heapApi = require('heap-api')(Meteor.settings.heap.appId);

Accounts.onLogin(({ user, type }) => {
  if (type === 'resume') return;
  heapApi.track('Agent Signed In', user._id, { login_type: type });
  heapApi.addUserProperties(user._id, {
    team: user.profile?.teamName ?? 'unassigned',
    seat_type: user.profile?.seat ?? 'full',
  });
});

Accounts.validateLoginAttempt(({ allowed, user }) => {
  if (user?.profile?.suspended) {
    heapApi.track('Suspended Login Blocked', user._id, {});
    return false;
  }
  return allowed;
});
