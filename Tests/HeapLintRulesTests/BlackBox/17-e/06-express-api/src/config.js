'use strict';

module.exports = {
  port: Number(process.env.PORT || 3000),
  heap: {
    appId: process.env.HEAP_APP_ID,
    stagingAppId: process.env.HEAP_STAGING_APP_ID,
  },
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY,
  stripeSecret: process.env.STRIPE_SECRET_KEY,
};
