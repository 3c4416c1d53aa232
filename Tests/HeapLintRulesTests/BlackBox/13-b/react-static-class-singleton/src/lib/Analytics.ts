type Props = Record<string, unknown>;

export class Analytics {
  private get heap() {
    return (window as any).heap;
  }

  static identify(id: string): void {
    (window as any).heap?.identify(id);
  }

  static addUserProperties(props: Props): void {
    (window as any).heap?.addUserProperties(props);
  }

  setUser(id: string): void {
    this.heap.identify(id);
  }

  traits(props: Props): void {
    this.heap.addUserProperties(props);
  }

  clear(): void {
    this.heap.resetIdentity();
  }
}

export const analytics = new Analytics();
