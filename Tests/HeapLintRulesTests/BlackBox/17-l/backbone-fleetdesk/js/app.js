/* Fleetdesk client namespace. Everything hangs off window.App. */
window.App = window.App || {};

App.VERSION = '3.8.2';
App.Models = {};
App.Collections = {};
App.Views = {};
App.util = {};

App.config = {
  apiRoot: '/api/v2',
  heapAppId: '4172093385',
  supportEmail: 'help@fleetdesk.io'
};
