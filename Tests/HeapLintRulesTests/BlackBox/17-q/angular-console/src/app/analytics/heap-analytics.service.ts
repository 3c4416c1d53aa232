import { Injectable } from '@angular/core';

import { environment } from '../../environments/environment';

type EventProps = Record<string, string | number>;

@Injectable({ providedIn: 'root' })
export class HeapAnalyticsService {
  private get heap(): any {
    return (window as any).heap;
  }

  identify(userId: string): void {
    this.heap?.identify(userId);
  }

  setUserProperties(props: Record<string, unknown>): void {
    this.heap?.addUserProperties(props);
  }

  track(event: string, props: EventProps = {}): void {
    this.heap?.track(`${environment.heap.eventPrefix}: ${event}`, props);
  }

  reset(): void {
    this.heap?.resetIdentity();
  }
}
