'use strict';

const express = require('express');
const config = require('./config');
const stripeWebhooks = require('./routes/stripeWebhooks');
const admin = require('./routes/admin');
const identity = require('./routes/identity');
const { identifySystem } = require('./analytics/segment');
const { createScheduler } = require('./scheduler/jobQueue');
const { sendTrialReminder } = require('./services/lifecycleEmails');

const app = express();

app.use('/webhooks', stripeWebhooks);
app.use(express.json());
app.use('/admin', admin);
app.use('/internal', identity);

const scheduler = createScheduler(async (job) => {
  if (job.kind === 'trial-reminder') await sendTrialReminder(job.user, job.day);
});
app.locals.scheduler = scheduler;

identifySystem();
app.listen(config.port, () => console.log(`billing-service on :${config.port}`));
