import { HttpClient } from '@angular/common/http';
import { Component, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';

import { HeapAnalyticsService } from '../analytics/heap-analytics.service';

interface Profile {
  id: string;
  email: string;
  displayName: string;
  plan: 'free' | 'pro' | 'team';
  seats: number;
  betaFlags: string[];
  lastLoginAt: Date;
}

@Component({
  selector: 'app-profile',
  standalone: true,
  imports: [FormsModule],
  template: `
    <form (ngSubmit)="save(profile())">
      <label>Display name <input name="displayName" [(ngModel)]="profile().displayName" /></label>
      <p>Plan: {{ profile().plan }} ({{ profile().seats }} seats)</p>
      <button type="submit">Save</button>
    </form>
  `,
})
export class ProfileComponent {
  private readonly http = inject(HttpClient);
  private readonly analytics = inject(HeapAnalyticsService);

  readonly profile = input.required<Profile>();

  save(profile: Profile): void {
    this.http.put(`/api/profile/${profile.id}`, profile).subscribe(() => {
      this.analytics.setUserProperties({
        plan: profile.plan,
        seats: profile.seats,
        display_name: profile.displayName,
        beta_flags: profile.betaFlags, // expect: user-property-value
        beta_flags_csv: profile.betaFlags.join(','),
        last_login: profile.lastLoginAt, // expect: user-property-value
        last_login_iso: profile.lastLoginAt.toISOString(),
      });
      this.analytics.track('Profile Saved');
    });
  }
}
