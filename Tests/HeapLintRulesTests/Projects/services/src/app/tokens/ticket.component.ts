import { Component, inject } from '@angular/core';
import { HEAP, ANALYTICS_CONFIG } from './heap.token';
import { AnalyticsService } from '../analytics.service';

@Component({ selector: 'app-ticket', template: '<button (click)="open()">Open</button>' })
export class TicketComponent {
  private readonly heap = inject(HEAP);

  open(): void {
    this.heap.track('Ticket Opened');
    this.heap.trackEvent('Ticket Opened Twice'); // expect: unknown-heap-method
  }
}

// An APP_INITIALIZER factory: its dependency is typed with the service.
export function bootKiosk(analytics: AnalyticsService) {
  return () => analytics.identify(ANALYTICS_CONFIG.kiosk.identity); // expect: hardcoded-identity
}
