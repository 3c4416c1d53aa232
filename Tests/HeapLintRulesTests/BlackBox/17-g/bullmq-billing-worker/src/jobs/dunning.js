'use strict';

const heapClient = require('../heap/client');
const mailer = require('../mailer');

const TEMPLATES = { 1: 'dunning-gentle', 2: 'dunning-firm', 3: 'dunning-final' };

module.exports = async function dunning(job) {
  const { invoice, attempt } = job.data;
  const template = TEMPLATES[Math.min(attempt, 3)];

  await mailer.send(template, invoice.customerEmail, { invoice, attempt });
  await heapClient.track('Dunning Email Sent', 'billing-worker', { invoice_id: invoice.id, attempt, template }); // expect: server-identity
};
