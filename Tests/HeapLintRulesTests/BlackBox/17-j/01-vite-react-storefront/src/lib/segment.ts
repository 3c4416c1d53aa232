import { AnalyticsBrowser } from '@segment/analytics-next';

// Marketing owns the Segment workspace; product analytics goes to Heap.
export const segment = AnalyticsBrowser.load({ writeKey: import.meta.env.VITE_SEGMENT_KEY });

export function identifyForMarketing(userId: string, email: string) {
  segment.identify(userId, { email });
}

export function identifyAnonymousShopper() {
  // Segment keeps its own anonymous id; a fixed label here is fine for their Personas setup.
  segment.identify('anonymous-shopper', { source: 'storefront' });
}
