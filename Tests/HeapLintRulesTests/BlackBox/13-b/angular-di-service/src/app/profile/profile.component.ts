import { Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HeapAnalyticsService } from '../core/analytics/heap-analytics.service';
import { UserProfile } from '../core/models/user';

@Component({
  selector: 'app-profile',
  templateUrl: './profile.component.html',
})
export class ProfileComponent {
  private route = inject(ActivatedRoute);

  constructor(private analytics: HeapAnalyticsService) {
    this.route.data.subscribe(({ profile }) => this.report(profile as UserProfile));
  }

  private report(profile: UserProfile): void {
    this.analytics.setUserProperties({ role: profile.role, timezone: profile.timezone });
    this.analytics.setUserProperties({ emailVerified: !!profile.emailVerifiedAt }); // expect: user-property-value
  }
}
