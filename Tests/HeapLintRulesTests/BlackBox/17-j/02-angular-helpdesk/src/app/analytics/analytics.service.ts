import { Injectable } from '@angular/core';

type UserProps = Record<string, string | number | boolean>;

@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private readonly heap = (window as any).heap;

  identify(agentId: string): void {
    this.heap.identify(agentId);
  }

  setUserProperties(props: UserProps): void {
    this.heap.addUserProperties(props);
  }

  track(event: string, props: Record<string, string | number> = {}): void {
    this.heap.track(event, props);
  }

  /** Called on sign-out so the next agent on this browser is not merged into the last one. */
  reset(): void {
    this.heap.identify(); // expect: identity-type
  }
}
