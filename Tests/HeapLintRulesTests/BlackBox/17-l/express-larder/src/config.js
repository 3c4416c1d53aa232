module.exports = {
  port: Number(process.env.PORT || 3000),
  redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  sessionSecret: process.env.SESSION_SECRET,
  heap: {
    appId: process.env.HEAP_APP_ID,
  },
  stripe: {
    key: process.env.STRIPE_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
};
