'use strict';

const got = require('got');

// Small typed-ish wrapper over Heap's server API used by the webhook handlers.
class HeapServerClient {
  constructor(appId, { host = 'https://heapanalytics.com' } = {}) {
    this.appId = appId;
    this.client = got.extend({ prefixUrl: host, responseType: 'json', retry: { limit: 2 } });
  }

  track(identity, event, properties = {}) {
    return this.client.post('api/track', {
      json: { app_id: this.appId, identity, event, properties },
    });
  }

  identify(identity, heapUserId) {
    return this.client.post('api/v1/identify', {
      json: { app_id: this.appId, identity, user_id: heapUserId },
    });
  }
}

module.exports = { HeapServerClient };
