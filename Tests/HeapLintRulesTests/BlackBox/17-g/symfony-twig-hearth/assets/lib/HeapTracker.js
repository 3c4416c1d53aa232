/**
 * Wraps the Heap global installed by templates/_heap_snippet.html.twig.
 * Every method is a no-op when Heap is blocked.
 */
export class HeapTracker {
  constructor() {
    this.heap = window.heap;
  }

  get ready() {
    return Boolean(this.heap && typeof this.heap.track === 'function');
  }

  identify(identity) {
    if (this.ready) this.heap.identify(identity);
  }

  track(event, properties = {}) {
    if (this.ready) this.heap.track(event, properties);
  }

  setProperties(properties) {
    if (this.ready) this.heap.addUserProperties(properties);
  }

  clearConsent() {
    if (this.ready) this.heap.removeUserProperty('marketing_consent'); // expect: unknown-heap-method
  }
}

const tracker = new HeapTracker();
export default tracker;
