import type { RootStore } from './RootStore';

export class TeamStore {
  constructor(private readonly root: RootStore) {}

  join(team: { id: string; members: string[] }, user: { id: string }) {
    this.root.analytics.identify(team.id); // expect: non-unique-identity
    this.root.analytics.setProps({ isLarge: team.members.length > 10 }); // expect: user-property-value
    this.root.analytics.setProps({ memberCount: team.members.length });
    this.root.queue.push(team.members.length);
  }

  signIn(user: { id: string }) {
    this.root.analytics.identify(user.id);
  }
}
