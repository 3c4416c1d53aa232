import Service, { service } from '@ember/service';

/**
 * The one place the Octane code talks to Heap. The snippet and heap.load live
 * in app/index.html; every method tolerates Heap being blocked by an extension.
 */
export default class AnalyticsService extends Service {
  @service router;

  get heap() {
    return window.heap;
  }

  identifyUser(identity) {
    if (!this.heap) {
      return;
    }
    this.heap.identify(identity);
  }

  setTraits(traits) {
    this.heap?.addUserProperties(traits);
  }

  track(event, properties = {}) {
    this.heap?.track(event, {
      route: this.router.currentRouteName ?? 'boot',
      ...properties,
    });
  }

  forget() {
    this.heap?.resetIdentity();
  }
}
