type EventValue = string | number;

/**
 * The one object components talk to. Reads `window.heap` on every call because the host page
 * may install Heap after the components were defined.
 */
export class HeapBridge {
  private get heap() {
    return window.heap;
  }

  identifyShopper(identity: string = 'storefront-shopper') {
    this.heap?.identify(identity);
  }

  traits(props: Record<string, unknown>) {
    this.heap?.addUserProperties(props);
  }

  track(event: string, props: Record<string, EventValue> = {}) {
    this.heap?.track(event, props);
  }

  accountTraits(props: Record<string, EventValue>) {
    this.heap?.addAccountProperty(props); // expect: unknown-heap-method
  }

  signOut() {
    this.heap?.resetIdentity();
  }
}

export const analytics = new HeapBridge();
