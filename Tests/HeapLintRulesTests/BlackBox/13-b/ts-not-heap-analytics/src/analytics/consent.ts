export interface HeapLike {
  identify(id: string): void;
  addUserProperties(props: Record<string, string | number>): void;
}

export function applyConsent(heap: HeapLike, consent: { analytics: boolean; region: string }): void {
  heap.addUserProperties({ consentRegion: consent.region, analyticsConsent: consent.analytics ? 'granted' : 'denied' });
}
