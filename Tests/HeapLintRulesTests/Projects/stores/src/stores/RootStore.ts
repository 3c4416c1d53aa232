import { createContext, useContext } from 'react';
import { AnalyticsStore } from './AnalyticsStore';
import { TeamStore } from './TeamStore';

// The stores hold each other: the analytics store is reached as a property of the root.
export class RootStore {
  analytics: AnalyticsStore;
  team: TeamStore;
  queue: number[];

  constructor() {
    this.analytics = new AnalyticsStore();
    this.team = new TeamStore(this);
    this.queue = [];
  }
}

export const rootStore = new RootStore();
export const StoreContext = createContext<RootStore>(rootStore);
export const useStores = () => useContext(StoreContext);
