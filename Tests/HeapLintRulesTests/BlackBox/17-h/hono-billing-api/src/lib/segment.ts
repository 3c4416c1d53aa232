import { Analytics } from "@segment/analytics-node";
import { env } from "../env";

// Marketing's CDP. Same events as Heap, separate pipeline.
export const analytics = new Analytics({ writeKey: env.SEGMENT_WRITE_KEY ?? "disabled", disable: !env.SEGMENT_WRITE_KEY });

export function segmentIdentify(userId: string, traits: Record<string, unknown>) {
  analytics.identify({ userId, traits });
}

export function segmentTrack(userId: string, event: string, properties: Record<string, unknown> = {}) {
  analytics.track({ userId, event, properties });
}
