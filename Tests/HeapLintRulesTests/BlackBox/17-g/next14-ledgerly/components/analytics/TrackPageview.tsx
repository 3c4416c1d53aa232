'use client';

import { useEffect } from 'react';

export function TrackPageview({ name, properties }: { name: string; properties?: Record<string, string | number> }) {
  useEffect(() => {
    if (!window.heap) return;
    window.heap.track(`${name} Viewed`, properties ?? {});
  }, [name, properties]);
  return null;
}
