/**
 * Custom configuration: values the whole app reads through `sails.config.custom`.
 */
module.exports.custom = {
  baseUrl: process.env.BASE_URL || 'http://localhost:1337',
  stripePublishableKey: process.env.STRIPE_PK,
  heapAppId: process.env.HEAP_APP_ID || '4090182733',
  heapApiBase: 'https://heapanalytics.com/api',
  internalSupportEmail: 'support@pipeline-crm.test',
};
