'use strict';

const db = require('../db');
const heap = require('../heap/client');

module.exports = async function nightlyUsage() {
  const day = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const members = await db.usage.membersWithUsage(day);

  for (const member of members) {
    await heap.addUserProperties(member.email, {
      seats_used: member.seatsUsed,
      api_calls_yesterday: member.apiCalls,
      usage_synced_at: new Date().toISOString(),
    });
  }
};
