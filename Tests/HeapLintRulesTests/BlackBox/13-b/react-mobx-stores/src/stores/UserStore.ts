import { makeAutoObservable, runInAction } from 'mobx';
import type { RootStore } from './RootStore';
import { fetchCurrentUser, type User } from '../api/users';

export class UserStore {
  current: User | null = null;

  constructor(private readonly root: RootStore) {
    makeAutoObservable(this, {}, { autoBind: true });
  }

  async load() {
    const user = await fetchCurrentUser();
    runInAction(() => {
      this.current = user;
    });
    this.root.analytics.identify(user.id);
    this.root.analytics.setProps({ role: user.role });
    this.root.analytics.setProps({ isOwner: user.role === 'owner' }); // expect: user-property-value
  }

  logout() {
    this.root.analytics.reset();
    this.current = null;
  }
}
