import { Analytics } from "@segment/analytics-node";
import { randomUUID } from "node:crypto";

// Segment feeds the data warehouse; Heap gets product events. Both see billing events.
export const segment = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "", maxEventsInBatch: 20 });

export function segmentIdentify(userId: string, traits: Record<string, unknown>) {
  segment.identify({ userId, traits });
}

export function segmentSystemEvent(event: string, properties: Record<string, unknown>) {
  // no person behind these: Segment requires an anonymousId, a fresh one per event is fine
  segment.track({ anonymousId: randomUUID(), event, properties });
}

export async function flushSegment() {
  await segment.closeAndFlush({ timeout: 2000 });
}
