import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private heap = (window as any).heap;

  identify(id: string): void {
    this.heap.identify(id);
  }

  setUserProperties(props: Record<string, string | number>): void {
    this.heap.addUserProperties(props);
  }
}
