import { AnalyticsBrowser } from '@segment/analytics-next';

// Segment feeds the warehouse; Heap is loaded separately by index.html.
export const segment = AnalyticsBrowser.load({
  writeKey: import.meta.env.VITE_SEGMENT_WRITE_KEY,
});
