import { makeAutoObservable } from 'mobx';
import type { RootStore } from './RootStore';
import { fetchTeam, type Team } from '../api/teams';

export class TeamStore {
  team: Team | null = null;

  constructor(private readonly root: RootStore) {
    makeAutoObservable(this);
  }

  async join(teamId: string) {
    const team = await fetchTeam(teamId);
    this.team = team;
    this.root.analytics.identify(team.id); // expect: non-unique-identity
  }
}
