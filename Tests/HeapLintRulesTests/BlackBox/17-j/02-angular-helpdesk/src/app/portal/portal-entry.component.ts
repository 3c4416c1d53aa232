import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { AnalyticsService } from '../analytics/analytics.service';

interface PortalCustomer {
  id: string;
  email: string;
  company: string;
}

function readCookie(name: string): string | null {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : null;
}

@Component({
  selector: 'hd-portal-entry',
  template: `<p *ngIf="!customer">Checking your link…</p>`,
})
export class PortalEntryComponent implements OnInit {
  customer?: PortalCustomer;

  constructor(
    private route: ActivatedRoute,
    private http: HttpClient,
    private analytics: AnalyticsService,
  ) {}

  ngOnInit(): void {
    // The marketing site drops this cookie on first visit; reuse it so portal visits line up.
    const visitorId = readCookie('tw_visitor_id');
    if (visitorId) {
      this.analytics.identify(visitorId); // expect: anonymous-identity
    }

    const token = this.route.snapshot.queryParamMap.get('t');
    if (token) {
      this.http.post<PortalCustomer>('/api/portal/verify', { token }).subscribe((customer) => this.onVerified(customer));
    }
  }

  private onVerified(customer: PortalCustomer): void {
    this.customer = customer;
    this.analytics.setUserProperties({ company: customer.company, portalUser: 'yes' });
    this.analytics.track('Portal Link Verified');
  }
}
