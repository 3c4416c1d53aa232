import { Injectable } from '@angular/core';
import { FeatureFlagService } from '../flags/feature-flag.service';
import { User } from '../models/user';

// Heap is loaded by the snippet in src/index.html.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const heap: any;

type HeapProperties = Record<string, string | number>;

@Injectable({ providedIn: 'root' })
export class HeapService {
  constructor(private readonly flags: FeatureFlagService) {}

  private get available(): boolean {
    return typeof heap !== 'undefined' && this.flags.isEnabled('heap-analytics');
  }

  identify(user: User): void {
    if (!this.available || !user?.id) return;
    heap.identify(user.id);
  }

  /** Used by the SSO callback, where we only have the IdP profile. */
  identifyWithProfile(user: User): void {
    if (!this.available || !user?.email) return;
    heap.identify(user.email, { name: user.fullName, role: user.role }); // expect: identity-type
  }

  setProperties(props: HeapProperties): void {
    if (!this.available) return;
    heap.addUserProperties(props);
  }

  track(event: string, props: HeapProperties = {}): void {
    if (!this.available) return;
    heap.track(event, props);
  }

  reset(): void {
    if (typeof heap !== 'undefined') {
      heap.resetIdentity();
    }
  }
}
