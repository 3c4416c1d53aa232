// Minimal client for Heap's server-side API, written for Workers (no Node deps).
const HEAP_API = 'https://heapanalytics.com/api';

export type HeapProps = Record<string, string | number>;

export interface BulkEvent {
  identity: string;
  event: string;
  properties?: HeapProps;
  timestamp?: string;
}

export class HeapApiError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`Heap ${path} answered ${status}: ${body.slice(0, 200)}`);
  }
}

export class HeapClient {
  constructor(private readonly appId: string) {}

  track(event: string, identity: string, properties: HeapProps = {}): Promise<void> {
    return this.post('/track', { identity, event, properties });
  }

  trackBulk(events: BulkEvent[]): Promise<void> {
    return this.post('/track', { events });
  }

  addUserProperties(identity: string, properties: HeapProps): Promise<void> {
    return this.post('/add_user_properties', { identity, properties });
  }

  addAccountProperties(accountId: string, properties: HeapProps): Promise<void> {
    return this.post('/add_account_properties', { account_id: accountId, properties });
  }

  private async post(path: string, payload: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${HEAP_API}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: this.appId, ...payload }),
    });
    if (!res.ok) {
      throw new HeapApiError(path, res.status, await res.text());
    }
  }
}
