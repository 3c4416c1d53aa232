// One place for every Heap call the client makes. The snippet itself is in
// client/main.html; when an ad blocker removes it `window.heap` is undefined.
export const HeapClient = {
  identify(identity) {
    window.heap?.identify(identity);
  },

  setProperties(properties) {
    window.heap?.addUserProperties(properties);
  },

  track(event, properties = {}) {
    window.heap?.track(event, properties);
  },

  reset() {
    window.heap?.resetIdentity();
  },
};
