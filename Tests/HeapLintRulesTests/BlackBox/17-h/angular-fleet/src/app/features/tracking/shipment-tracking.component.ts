import { Component, OnInit, inject, input, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { HeapAnalyticsService } from '../../core/analytics/heap-analytics.service';
import { SessionService } from '../../core/session/session.service';

interface TrackingInfo {
  trackingNumber: string;
  status: string;
  eta: string | null;
  carrier: string;
}

/** Public page linked from shipment notification emails; recipients have no account. */
@Component({
  selector: 'app-shipment-tracking',
  standalone: true,
  template: `
    @if (info(); as i) {
      <h1>Shipment {{ i.trackingNumber }}</h1>
      <p>{{ i.status }} @if (i.eta) { · arriving {{ i.eta }} }</p>
      <button type="button" (click)="requestCallback()">Request a call back</button>
    }
  `,
})
export class ShipmentTrackingComponent implements OnInit {
  readonly trackingNumber = input.required<string>();
  readonly info = signal<TrackingInfo | null>(null);

  private readonly http = inject(HttpClient);
  private readonly analytics = inject(HeapAnalyticsService);
  private readonly session = inject(SessionService);

  ngOnInit(): void {
    const sessionId = this.session.getSessionId();
    if (sessionId) {
      // so support can find this recipient's visit in Heap
      this.analytics.identify(sessionId); // expect: anonymous-identity
    }
    this.analytics.addUserProperties({ last_tracking_number: this.trackingNumber() });

    this.http.get<TrackingInfo>(`/api/public/tracking/${this.trackingNumber()}`).subscribe((info) => {
      this.info.set(info);
      this.analytics.track('Tracking Page Viewed', { status: info.status, carrier: info.carrier });
    });
  }

  requestCallback(): void {
    this.analytics.track('Callback Requested', { tracking_number: this.trackingNumber() });
    this.http.post('/api/public/callbacks', { trackingNumber: this.trackingNumber() }).subscribe();
  }
}
