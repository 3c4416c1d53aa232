// Wrappers reached through objects and modules.
export function identifyUser(user) {
  window.heap.identify(user.id);
}

function setTraits(traits) {
  window.heap.addUserProperties(traits);
}

export default { identify: identifyUser, setTraits };

export class Analytics {
  static identify(id) {
    window.heap.identify(id);
  }
  track(name) {
    window.heap.track(name);
  }
}

export const analytics = new Analytics();
