type Props = Record<string, string | number>;

interface HeapGlobal {
  identify(identity: string): void;
  track(event: string, properties?: Props): void;
  addUserProperties(properties: Props): void;
  resetIdentity(): void;
}

class CrmAnalytics {
  private get heap(): HeapGlobal | undefined {
    return typeof window === 'undefined' ? undefined : (window as any).heap;
  }

  identify(user: { id: string }) {
    this.heap?.identify(user.id);
  }

  track(event: string, properties?: Props) {
    this.heap?.track(event, properties);
  }

  traits(properties: Props) {
    this.heap?.addUserProperties(properties);
  }

  reset() {
    this.heap?.resetIdentity();
  }
}

export const crmAnalytics = new CrmAnalytics();
