'use client';

import { useEffect } from 'react';

// We are moving off Segment: forward the identify calls it still receives
// from the marketing pages to Heap as well.
export function SegmentBridge() {
  useEffect(() => {
    const segment = (window as any).analytics;
    if (!segment?.on) return;
    segment.on('identify', (userId: string, traits: Record<string, unknown>) => {
      if (!userId) return;
      window.heap?.identify(userId, traits); // expect: identity-type
    });
  }, []);
  return null;
}
