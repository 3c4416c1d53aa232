// Server side of @acme/analytics: Heap's HTTP API, for workers and route handlers.
const HEAP_HOST = 'https://heapanalytics.com';

type Props = Record<string, string | number>;

export interface HeapServerOptions {
  appId: string;
  timeoutMs?: number;
}

export class HeapServerClient {
  private readonly appId: string;
  private readonly timeoutMs: number;

  constructor({ appId, timeoutMs = 4000 }: HeapServerOptions) {
    this.appId = appId;
    this.timeoutMs = timeoutMs;
  }

  private async post(path: string, body: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${HEAP_HOST}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: this.appId, ...body }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) {
      throw new Error(`heap ${path} failed with ${res.status}`);
    }
  }

  track(identity: string, event: string, properties: Props = {}): Promise<void> {
    return this.post('/api/track', { identity, event, properties });
  }

  addUserProperties(identity: string, properties: Props): Promise<void> {
    return this.post('/api/add_user_properties', { identity, properties });
  }

  deleteUsers(identities: string[]): Promise<void> {
    return this.post('/api/public/v0/user_deletion', { users: identities.map((identity) => ({ identity })) });
  }
}
