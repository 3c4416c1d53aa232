'use strict';

module.exports = {
  port: Number(process.env.PORT || 4100),
  heap: {
    appId: process.env.HEAP_APP_ID,
  },
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
  // Used as the actor on audit-log rows written by automated jobs.
  systemIdentity: 'billing-bot',
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY,
};
