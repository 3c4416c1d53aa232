import got from 'got';

const HEAP_API = 'https://heapanalytics.com/api';

export class HeapService {
  constructor(appId, logger = console) {
    this.appId = appId;
    this.logger = logger;
  }

  async identity(users) {
    await got.post(`${HEAP_API}/add_user_properties`, {
      json: { app_id: this.appId, users },
    });
  }

  async track(events) {
    await got.post(`${HEAP_API}/track`, {
      json: { app_id: this.appId, events },
    });
  }

  async trackOne(event) {
    await got.post(`${HEAP_API}/track`, {
      json: { app_id: this.appId, ...event },
    });
  }

  async setProperties(base, properties) {
    const payload = { ...base, app_id: this.appId, properties };
    try {
      await got.post(HEAP_API + '/add_user_properties', { json: payload });
    } catch (err) {
      this.logger.error('heap add_user_properties failed', err);
    }
  }

  async trackDeploy(version) {
    await got.post(`${HEAP_API}/track`, { // expect: server-identity
      json: {
        app_id: this.appId,
        event: 'Deploy Finished',
        properties: { version },
      },
    });
  }
}

export function eventFor(user, name, properties) {
  return { identity: user.email, event: name, properties };
}
