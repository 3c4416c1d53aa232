/**
 * HeapServer
 *
 * Thin wrapper around Heap's server-side HTTP API. Every call needs the identity of the
 * user it is about: there is no browser session on the server.
 */
const axios = require('axios');

const HEAP_API = 'https://heapanalytics.com/api';

module.exports = {
  async track(identity, event, properties = {}) {
    return axios.post(`${HEAP_API}/track`, {
      app_id: sails.config.custom.heapAppId,
      identity,
      event,
      properties,
    }, { timeout: 5000 });
  },

  async addUserProperties(identity, properties) {
    return axios.post(`${HEAP_API}/add_user_properties`, {
      app_id: sails.config.custom.heapAppId,
      identity,
      properties,
    }, { timeout: 5000 });
  },

  async safely(fn) {
    try {
      return await fn();
    } catch (err) {
      sails.log.warn('Heap server call failed:', err.message);
      return null;
    }
  },
};
