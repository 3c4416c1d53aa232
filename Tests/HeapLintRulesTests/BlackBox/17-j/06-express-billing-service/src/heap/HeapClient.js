'use strict';

const axios = require('axios');
const config = require('../config');

const HEAP_BASE_URL = 'https://heapanalytics.com';

/**
 * Minimal client for Heap's server-side HTTP API.
 * Every request carries the app id; callers supply the identity.
 */
class HeapClient {
  constructor(appId) {
    this.appId = appId;
    this.http = axios.create({
      baseURL: HEAP_BASE_URL,
      timeout: 5000,
      headers: { 'Content-Type': 'application/json' },
    });
  }

  async post(path, body) {
    if (!this.appId) return null; // Heap disabled in this environment
    const { data } = await this.http.post(path, { app_id: this.appId, ...body });
    return data;
  }

  track(identity, event, properties = {}) {
    return this.post('/api/track', { identity, event, properties });
  }

  addUserProperties(identity, properties) {
    return this.post('/api/add_user_properties', { identity, properties });
  }

  addAccountProperties(accountId, properties) {
    return this.post('/api/add_account_properties', { account_id: accountId, properties });
  }

  bulkAddUserProperties(users) {
    return this.post('/api/add_user_properties', { users });
  }
}

module.exports = new HeapClient(config.heap.appId);
module.exports.HeapClient = HeapClient;
