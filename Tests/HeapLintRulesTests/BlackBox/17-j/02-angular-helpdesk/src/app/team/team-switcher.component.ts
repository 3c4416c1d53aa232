import { Component, EventEmitter, Input, Output } from '@angular/core';
import { AnalyticsService } from '../analytics/analytics.service';

export interface TeamSummary {
  id: string;
  name: string;
  openTickets: number;
}

@Component({
  selector: 'hd-team-switcher',
  template: `
    <select (change)="select(teams[$any($event.target).selectedIndex])">
      <option *ngFor="let t of teams" [selected]="t.id === activeTeamId">{{ t.name }}</option>
    </select>
  `,
})
export class TeamSwitcherComponent {
  @Input() teams: TeamSummary[] = [];
  @Input() activeTeamId?: string;
  @Output() teamChanged = new EventEmitter<TeamSummary>();

  constructor(private analytics: AnalyticsService) {}

  select(team: TeamSummary): void {
    this.activeTeamId = team.id;
    // So dashboards can be filtered per queue.
    this.analytics.identify(team.id); // expect: non-unique-identity
    this.analytics.setUserProperties({ activeTeam: team.name, openTickets: team.openTickets });
    this.analytics.track('Team Switched');
    this.teamChanged.emit(team);
  }
}
