declare const heap: any;

const APP_VERSION = '4.12.0';

class ReleaseTagger {
  private readonly versionTagged = heap.addEventProperties({ app_version: APP_VERSION }); // expect: call-before-load

  describe(): string {
    return `release ${APP_VERSION}`;
  }
}

class SessionTelemetry {
  private pages = 0;

  constructor(private readonly plan: string) {
    heap.track('Dashboard Session Started', { plan: this.plan }); // expect: call-before-load
  }

  pageView(path: string): void {
    this.pages += 1;
    heap.track('Dashboard Page', { path, index: this.pages });
  }
}

export const tagger = new ReleaseTagger();
export const telemetry = new SessionTelemetry((window as any).__PLAN__ ?? 'free');

heap.load('7401938822');

window.addEventListener('popstate', () => telemetry.pageView(location.pathname));
