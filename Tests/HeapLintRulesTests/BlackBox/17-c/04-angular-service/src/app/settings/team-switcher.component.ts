import { Component, Input } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { SessionService, Team } from '../core/session.service';
import { HeapService } from '../core/heap.service';

@Component({
  selector: 'app-team-switcher',
  template: `
    <button *ngFor="let team of teams" (click)="select(team)" [disabled]="busy">
      {{ team.name }}
    </button>
  `,
})
export class TeamSwitcherComponent {
  @Input() teams: Team[] = [];
  busy = false;

  constructor(private readonly session: SessionService, private readonly heap: HeapService) {}

  async select(team: Team): Promise<void> {
    this.busy = true;
    try {
      await firstValueFrom(this.session.switchTeam(team.id));
      this.heap.identify(team.id); // expect: non-unique-identity
      this.heap.addUserProperties({ team_id: team.id, team_name: team.name, role: team.role });
      this.heap.track('Team Switched', { team_id: team.id });
    } finally {
      this.busy = false;
    }
  }
}
