'use strict';

const { send, recordEvent, notifyOps, systemEvent } = require('./send');

async function nightly(users, org) {
  for (const user of users) {
    await recordEvent(user.email, 'Digest Sent', { count: user.unread });
  }
  await recordEvent('nightly-job', 'Digest Finished', { users: users.length }); // expect: server-identity
  await send('/add_account_properties', { account_id: String(org.id), properties: { seats: org.seats } });
  await send('/add_account_properties', { properties: { seats: org.seats } }); // expect: server-identity
  await notifyOps('Digest Failed'); // expect: server-identity
  await notifyOps('Digest Retried', org.ownerEmail);
  await systemEvent('Digest Archived'); // expect: server-identity
  await systemEvent('Digest Opened', org.ownerEmail);
}

module.exports = { nightly };
