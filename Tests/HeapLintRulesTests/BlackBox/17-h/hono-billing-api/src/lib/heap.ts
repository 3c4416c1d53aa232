import { env } from "../env";

const HEAP_HOST = "https://heapanalytics.com";

export type HeapProperties = Record<string, string | number>;

export interface HeapBulkEvent {
  identity: string;
  event: string;
  timestamp?: string;
  properties?: HeapProperties;
}

export class HeapError extends Error {
  constructor(readonly path: string, readonly status: number, body: string) {
    super(`Heap ${path} failed with ${status}: ${body.slice(0, 200)}`);
  }
}

/**
 * Heap's server-side APIs. The browser snippet never sees billing events
 * (renewals, dunning, refunds), so we report them from here.
 */
export class HeapServerClient {
  constructor(
    private readonly appId: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async post(path: string, payload: Record<string, unknown>): Promise<void> {
    const res = await this.fetchImpl(`${HEAP_HOST}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ app_id: this.appId, ...payload }),
    });
    if (!res.ok) throw new HeapError(path, res.status, await res.text());
  }

  track(identity: string, event: string, properties?: HeapProperties) {
    return this.post("/api/track", { identity, event, properties });
  }

  addUserProperties(identity: string, properties: HeapProperties) {
    return this.post("/api/add_user_properties", { identity, properties });
  }

  addAccountProperties(accountId: string, properties: HeapProperties) {
    return this.post("/api/add_account_properties", { account_id: accountId, properties });
  }

  /** Server-side identify: attaches a Heap user id (from the browser) to our identity. */
  identify(identity: string, heapUserId: string) {
    return this.post("/api/v1/identify", { identity, user_id: heapUserId });
  }

  trackMany(events: HeapBulkEvent[]) {
    return this.post("/api/track", { events });
  }
}

export const heapServer = new HeapServerClient(env.HEAP_APP_ID);
