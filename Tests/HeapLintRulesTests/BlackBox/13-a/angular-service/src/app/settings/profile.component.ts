import { Component, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { AnalyticsService } from '../core/analytics.service';
import { UserStore } from '../core/user.store';

@Component({
  selector: 'app-profile',
  templateUrl: './profile.component.html',
})
export class ProfileComponent implements OnInit, OnDestroy {
  private sub?: Subscription;

  constructor(private readonly analytics: AnalyticsService, private users: UserStore) {}

  ngOnInit(): void {
    this.sub = this.users.current$.subscribe((user) => {
      if (!user) {
        return;
      }
      this.analytics.setUserProperties({ roles: user.roles.map((r) => r.name) }); // expect: user-property-value
      this.analytics.setUserProperties({ is_owner: user.roles.some((r) => r.name === 'owner') }); // expect: user-property-value
      this.analytics.setUserProperties({ role_count: user.roles.length, locale: user.locale });
    });
  }

  logout(): void {
    this.analytics.reset();
    this.users.clear();
  }

  ngOnDestroy(): void {
    this.sub?.unsubscribe();
  }
}
