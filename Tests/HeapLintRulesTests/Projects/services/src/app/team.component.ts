import { Component, inject } from '@angular/core';
import { AnalyticsService } from './analytics.service';

@Component({ selector: 'app-team', template: '' })
export class TeamComponent {
  private tracker = inject(AnalyticsService);

  constructor(private readonly analytics: AnalyticsService) {}

  select(team: { id: string; tags: string[] }, user: { id: string; email: string }): void {
    this.analytics.identify(team.id); // expect: non-unique-identity
    this.tracker.setUserProperties({ tags: team.tags.map((t) => t.toUpperCase()) }); // expect: user-property-value
    this.tracker.setUserProperties({ tag_count: team.tags.length });
  }

  login(user: { id: string; email: string }): void {
    this.analytics.identify(user.email);
  }
}
