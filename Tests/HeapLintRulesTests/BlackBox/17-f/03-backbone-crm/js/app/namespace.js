/* global Backbone */
window.App = window.App || {
  Models: {},
  Collections: {},
  Views: {},
  util: {},
  config: {
    apiRoot: '/api/v2',
    supportEmail: 'help@ledgerline.io'
  }
};
