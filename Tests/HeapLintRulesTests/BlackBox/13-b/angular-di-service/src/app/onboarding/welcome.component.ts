import { Component, OnInit } from '@angular/core';
import { SessionService } from '../core/auth/session.service';
import { HeapAnalyticsService } from '../core/analytics/heap-analytics.service';

@Component({
  selector: 'app-welcome',
  template: `<h1>Welcome to Ledgerly</h1><app-onboarding-steps></app-onboarding-steps>`,
})
export class WelcomeComponent implements OnInit {
  constructor(
    private readonly session: SessionService,
    private readonly analytics: HeapAnalyticsService,
  ) {}

  ngOnInit(): void {
    this.analytics.identify(this.session.sessionId); // expect: anonymous-identity
    this.analytics.trackEvent('Onboarding Started', { step: 1 });
  }
}
