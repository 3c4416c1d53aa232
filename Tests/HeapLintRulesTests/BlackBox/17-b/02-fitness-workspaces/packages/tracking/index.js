// Heap helpers shared by the member app and the coach portal.
// Heap itself is installed and loaded by apps/*/index.html.

export const tracking = {
  event(name, props) {
    window.heap.track(name, props)
  },
  props(props) {
    window.heap.addUserProperties(props)
  },
  syncProfile(profile) {
    window.heap.trackUserProperties(profile) // expect: unknown-heap-method
  },
  reset() {
    window.heap.resetIdentity()
  },
}

export function identifyMember(identity) {
  window.heap.identify(identity)
}

export function pageContext(section) {
  window.heap.addEventProperties({ section: section })
}
