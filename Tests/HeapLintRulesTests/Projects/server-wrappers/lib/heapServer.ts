// A client class: public methods name the endpoint, one private method does the request.
const HEAP_HOST = 'https://heapanalytics.com';

export class HeapServerClient {
  constructor(private readonly appId: string) {}

  private async post(path: string, payload: Record<string, unknown>): Promise<void> {
    await fetch(`${HEAP_HOST}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ app_id: this.appId, ...payload }),
    });
  }

  track(identity: string, event: string, properties: Record<string, string> = {}) {
    return this.post('/api/track', { identity, event, properties });
  }

  trackMany(events: { identity?: string; event: string }[]) {
    return this.post('/api/track', { events });
  }
}

export const heapServer = new HeapServerClient(process.env.HEAP_APP_ID ?? '');

export function nightlyPing() {
  return heapServer.track('cron', 'Nightly Ping'); // expect: server-identity
}
