export class AnalyticsStore {
  private readonly heap = (window as any).heap;

  identify(id: string) {
    this.heap.identify(id);
  }

  setProps(props: Record<string, unknown>) {
    this.heap.addUserProperties(props);
  }
}
