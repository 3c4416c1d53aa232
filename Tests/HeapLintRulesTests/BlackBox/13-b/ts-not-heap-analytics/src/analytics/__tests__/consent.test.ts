import { describe, expect, it, vi } from 'vitest';
import { applyConsent } from '../consent';

describe('applyConsent', () => {
  it('records the consent region without identifying', () => {
    const heap = { identify: vi.fn(), addUserProperties: vi.fn() };
    applyConsent(heap, { analytics: false, region: 'eu' });
    expect(heap.identify).not.toHaveBeenCalled();
    expect(heap.addUserProperties).toHaveBeenCalledWith({ consentRegion: 'eu', analyticsConsent: 'denied' });
  });
});
