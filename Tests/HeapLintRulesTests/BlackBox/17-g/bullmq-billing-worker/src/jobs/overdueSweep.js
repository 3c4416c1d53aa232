'use strict';

const { randomUUID } = require('node:crypto');
const db = require('../db');
const log = require('../logger');
const { bulkTrack } = require('../heap/http');

module.exports = async function overdueSweep() {
  const invoices = await db.invoices.findOverdue({ olderThanDays: 7 });
  if (invoices.length === 0) return;

  const sweepRun = randomUUID();
  log.info({ sweepRun, count: invoices.length }, 'overdue sweep');

  await bulkTrack([
    ...invoices.map((inv) => ({
      identity: inv.customerEmail,
      event: 'Invoice Overdue',
      properties: { invoice_id: inv.id, days_overdue: inv.daysOverdue, sweep_run: sweepRun },
    })),
    { event: 'Overdue Sweep Completed', properties: { invoices: invoices.length, sweep_run: sweepRun } }, // expect: server-identity
  ]);
};
