import { createContext, useContext } from 'react';
import { AnalyticsStore } from './AnalyticsStore';
import { UserStore } from './UserStore';
import { TeamStore } from './TeamStore';

export class RootStore {
  analytics: AnalyticsStore;
  user: UserStore;
  team: TeamStore;

  constructor() {
    this.analytics = new AnalyticsStore();
    this.user = new UserStore(this);
    this.team = new TeamStore(this);
  }
}

export const rootStore = new RootStore();
export const StoreContext = createContext<RootStore>(rootStore);
export const useStores = () => useContext(StoreContext);
