import { Injectable } from '@angular/core';
import mixpanel from 'mixpanel-browser';

/** Product team still reads some dashboards in Mixpanel; keep it in step with Heap. */
@Injectable({ providedIn: 'root' })
export class MixpanelService {
  private started = false;

  init(token: string): void {
    if (this.started || !token) return;
    mixpanel.init(token, { track_pageview: false, persistence: 'localStorage' });
    this.started = true;
  }

  identify(userId: string, traits: Record<string, string>): void {
    if (!this.started) return;
    mixpanel.identify(userId);
    mixpanel.people.set(traits);
  }

  track(event: string, props: Record<string, unknown> = {}): void {
    if (this.started) mixpanel.track(event, props);
  }

  reset(): void {
    if (this.started) mixpanel.reset();
  }
}
