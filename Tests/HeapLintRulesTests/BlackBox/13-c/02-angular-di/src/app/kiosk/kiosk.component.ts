import { Component, OnInit } from '@angular/core';
import { AnalyticsService } from '../core/analytics.service';
import { KioskSession, SessionStore } from './session.store';

@Component({
  selector: 'app-kiosk',
  template: '<app-checkin [session]="session"></app-checkin>',
})
export class KioskComponent implements OnInit {
  session!: KioskSession;

  constructor(private analytics: AnalyticsService, private sessions: SessionStore) {}

  ngOnInit(): void {
    this.session = this.sessions.current();
    this.analytics.identify(this.session.sessionId); // expect: anonymous-identity
  }
}
