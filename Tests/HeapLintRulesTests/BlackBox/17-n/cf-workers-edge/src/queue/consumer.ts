import type { Env, HeapQueueMessage } from '../env';
import { HeapApiError, HeapClient } from '../heap/client';

/** Forwards the app's product events to Heap, 50 at a time. */
export async function consumeHeapEvents(batch: MessageBatch<HeapQueueMessage>, env: Env): Promise<void> {
  const heap = new HeapClient(env.HEAP_APP_ID);
  const usable = batch.messages.filter((m) => m.body.email && m.body.event);

  try {
    await heap.trackBulk(
      usable.map((m) => ({
        identity: m.body.email,
        event: m.body.event,
        properties: m.body.properties,
        timestamp: m.timestamp.toISOString(),
      })),
    );
    batch.ackAll();
  } catch (error) {
    if (error instanceof HeapApiError && error.status < 500) {
      console.error('heap rejected batch', error.status, error.body);
      batch.ackAll();
      return;
    }
    batch.retryAll({ delaySeconds: 30 });
  }
}
