'use strict';

const config = require('../config');
const mailer = require('./mailer');
const heapApi = require('heap-api')(config.heap.appId);

const TRIAL_TEMPLATES = {
  3: 'trial-day-3',
  10: 'trial-day-10',
  13: 'trial-ending',
};

async function sendTrialReminder(user, day) {
  const template = TRIAL_TEMPLATES[day];
  if (!template) return false;
  await mailer.send(user.email, template, { firstName: user.firstName });
  await heapApi.track('Trial Reminder Sent', user.email, { day, template });
  await heapApi.addUserProperties(user.email, { lastTrialReminderDay: day });
  return true;
}

async function sendTrialReminders(users, day) {
  let sent = 0;
  for (const user of users) {
    if (await sendTrialReminder(user, day)) sent += 1;
  }
  await heapApi.track('Trial Reminder Batch Sent', { day, sent }); // expect: server-identity
  return sent;
}

module.exports = { sendTrialReminder, sendTrialReminders };
