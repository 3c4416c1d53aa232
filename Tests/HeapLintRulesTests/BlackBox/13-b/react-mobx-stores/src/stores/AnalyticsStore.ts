import { makeAutoObservable } from 'mobx';

export class AnalyticsStore {
  private readonly heap = (window as any).heap;
  identifiedAs: string | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  identify(id: string) {
    this.heap.identify(id);
    this.identifiedAs = id;
  }

  setProps(props: Record<string, unknown>) {
    this.heap.addUserProperties(props);
  }

  reset() {
    this.heap.resetIdentity();
    this.identifiedAs = null;
  }
}
