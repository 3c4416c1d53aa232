import { Component, OnDestroy, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

import { environment } from '../../environments/environment';
import { HeapAnalyticsService } from '../analytics/heap-analytics.service';

@Component({
  selector: 'app-lobby',
  standalone: true,
  template: `
    <section class="lobby">
      <h1>Welcome to Northstar</h1>
      <p>Visitors: please sign in at the desk. Guest Wi-Fi: <strong>northstar-guest</strong></p>
      <button (click)="checkIn()">I'm a guest</button>
    </section>
  `,
})
export class LobbyComponent implements OnInit, OnDestroy {
  private readonly analytics = inject(HeapAnalyticsService);
  private readonly route = inject(ActivatedRoute);
  private refreshTimer?: ReturnType<typeof setInterval>;

  private get screenId(): string {
    return this.route.snapshot.queryParamMap.get('screen') ?? 'main';
  }

  ngOnInit(): void {
    this.analytics.identify(environment.heap.kioskIdentity); // expect: hardcoded-identity
    this.analytics.track('Lobby Display Started', { screen: this.screenId });
    this.refreshTimer = setInterval(() => location.reload(), 6 * 60 * 60 * 1000);
  }

  checkIn(): void {
    // "guest" here is a visitor type on an event, not an identity.
    this.analytics.track('Guest Checked In', { visitorType: 'guest', screen: this.screenId });
  }

  ngOnDestroy(): void {
    clearInterval(this.refreshTimer);
  }
}
