import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { analytics } from './heap';

/** Records a "Screen Viewed" event each time the host element is attached. */
export class ScreenViewController implements ReactiveController {
  private shownAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly screen: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shownAt = performance.now();
    analytics.track('Screen Viewed', { screen: this.screen });
  }

  hostDisconnected(): void {
    analytics.track('Screen Left', {
      screen: this.screen,
      seconds: Math.round((performance.now() - this.shownAt) / 1000),
    });
  }
}
