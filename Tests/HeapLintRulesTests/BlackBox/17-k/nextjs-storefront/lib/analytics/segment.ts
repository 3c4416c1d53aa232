import { AnalyticsBrowser } from '@segment/analytics-next';
import { ANALYTICS_CONFIG } from './config';

// Segment runs next to Heap for the marketing team. Its identify/track have
// different rules: anonymous traffic is identified with a shared placeholder here.
export const segment = AnalyticsBrowser.load({ writeKey: ANALYTICS_CONFIG.segmentWriteKey });

export async function segmentIdentify(userId: string | null, traits: Record<string, unknown> = {}) {
  if (!userId) {
    await segment.identify('anonymous', { ...traits, loggedIn: false });
    return;
  }
  await segment.identify(userId, { ...traits, loggedIn: true });
}

export function segmentTrack(event: string, props: Record<string, unknown> = {}) {
  return segment.track(event, { ...props, sentAt: new Date() });
}
