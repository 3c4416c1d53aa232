type HeapEvent = {
  identity: string;
  event: string;
  timestamp?: string;
  properties?: Record<string, string | number>;
};

type HeapBulkTrack = {
  app_id: string;
  events: HeapEvent[];
};

export class HeapBatcher {
  private pending: HeapEvent[] = [];

  constructor(private readonly appId: string, private readonly endpoint = 'https://heapanalytics.com/api/track') {}

  add(identity: string, event: string, properties?: Record<string, string | number>): void {
    this.pending.push({ identity, event, properties, timestamp: new Date().toISOString() });
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const body: HeapBulkTrack = { app_id: this.appId, events: this.pending };
    this.pending = [];
    await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }
}

export async function trackImportFinished(userEmails: string[], source: string, appId: string): Promise<void> {
  const shared = { event: 'Import Finished', properties: { source } };
  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: appId,
      events: [
        ...userEmails.map((identity) => ({ ...shared, identity })),
        { identity: 'null', event: 'Import Summary', properties: { count: userEmails.length } }, // expect: server-identity
      ],
    }),
  });
}
