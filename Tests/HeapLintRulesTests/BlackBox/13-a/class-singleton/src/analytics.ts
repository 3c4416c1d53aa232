type UserProps = Record<string, string | number>;

export class Analytics {
  static identify(id: string): void {
    (window as any).heap.identify(id);
  }

  identify(id: string): void {
    (window as any).heap.identify(id);
  }

  setUserProperties(props: UserProps): void {
    (window as any).heap.addUserProperties(props);
  }

  track(event: string, props: UserProps = {}): void {
    (window as any).heap.track(event, props);
  }
}

export const analytics = new Analytics();
