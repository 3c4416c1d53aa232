import { HeapClient } from 'heap-io-node';

const heapClient = new HeapClient(process.env.HEAP_APP_ID!);

export async function trackExport(userId: string, format: string): Promise<void> {
  await heapClient.track({
    identity: userId,
    event: 'Report Exported',
    properties: { format },
  });
}

export async function trackSystemEvent(kind: string): Promise<void> {
  await heapClient.track({
    identity: 'anonymous', // expect: server-identity
    event: 'System Event',
    properties: { kind },
  });
}

export async function enrichUser(email: string, props: Record<string, string>): Promise<void> {
  await heapClient.addUserProperties({
    identity: email,
    properties: props,
  });
}
