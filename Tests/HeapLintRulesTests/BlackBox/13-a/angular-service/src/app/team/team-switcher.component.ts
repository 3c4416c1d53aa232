import { Component, EventEmitter, Input, Output, inject } from '@angular/core';
import { AnalyticsService } from '../core/analytics.service';

export interface Team {
  id: string;
  name: string;
  memberCount: number;
}

@Component({
  selector: 'app-team-switcher',
  template: `
    <select (change)="select(teams[$any($event.target).selectedIndex])">
      <option *ngFor="let team of teams" [selected]="team.id === current?.id">{{ team.name }}</option>
    </select>
  `,
})
export class TeamSwitcherComponent {
  private analytics = inject(AnalyticsService);

  @Input() teams: Team[] = [];
  @Input() current?: Team;
  @Output() changed = new EventEmitter<Team>();

  select(team: Team): void {
    this.analytics.identify(team.id); // expect: non-unique-identity
    this.analytics.track('Team Switched', { team_id: team.id, members: team.memberCount });
    this.changed.emit(team);
  }
}
