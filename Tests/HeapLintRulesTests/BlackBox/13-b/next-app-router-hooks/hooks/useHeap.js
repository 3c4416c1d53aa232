'use client';

import { useCallback } from 'react';

export function useHeap() {
  const identify = useCallback((...args) => window.heap?.identify(...args), []);
  const addUserProperties = useCallback((props) => window.heap?.addUserProperties(props), []);
  const resetIdentity = useCallback(() => window.heap?.resetIdentity(), []);
  return { identify, addUserProperties, resetIdentity };
}
