import { Injectable } from '@angular/core';

export interface HeapUser {
  id: string;
  email: string;
  plan: string;
  teamId: string;
}

declare global {
  interface Window {
    heap?: any;
  }
}

/** Wraps the Heap snippet loaded in index.html. Safe to call during SSR and in unit tests. */
@Injectable({ providedIn: 'root' })
export class HeapService {
  private get available(): boolean {
    return typeof window !== 'undefined' && typeof window.heap?.identify === 'function';
  }

  identify(identity: string): void {
    if (this.available) window.heap.identify(identity);
  }

  identifyByEmail(email: string): void {
    if (this.available) window.heap.identify(email, 'email');
  }

  identifyWithTraits(user: HeapUser): void {
    if (this.available) window.heap.identify(user.id, { email: user.email, plan: user.plan }); // expect: identity-type
  }

  /** Make sure every session has an identity, even before login. */
  ensureIdentity(): void {
    if (this.available && !window.heap.identity) {
      window.heap.identify(window.heap.userId); // expect: anonymous-identity
    }
  }

  addUserProperties(props: Record<string, string | number>): void {
    if (this.available) window.heap.addUserProperties(props);
  }

  track(event: string, props: Record<string, string | number> = {}): void {
    if (this.available) window.heap.track(event, props);
  }

  reset(): void {
    if (!this.available) return;
    window.heap.resetIdentity();
    window.heap.clearUserProperties(); // expect: unknown-heap-method
  }
}
