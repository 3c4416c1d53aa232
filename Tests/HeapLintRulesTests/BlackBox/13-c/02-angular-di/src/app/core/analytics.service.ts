import { Injectable } from '@angular/core';

export interface Profile {
  company: string;
  jobTitle: string;
}

@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private heap = (window as any).heap;

  identify(userId: string): void {
    this.heap.identify(userId);
  }

  setUserProperties(props: Record<string, unknown>): void {
    this.heap.addUserProperties(props);
  }

  trackSignup(plan: string): void {
    this.heap.track('Signup Completed', { plan });
  }

  syncProfile(profile: Profile): void {
    this.heap.trackUserProperties({ company: profile.company }); // expect: unknown-heap-method
  }

  logout(): void {
    this.heap.resetIdentity();
  }
}
