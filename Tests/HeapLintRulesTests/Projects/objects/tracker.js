// Heap kept in object state: a constructor field, a getter, a prototype-based tracker.
export class Tracker {
  constructor() {
    this.service = window.heap || [];
  }

  get heap() {
    return window.heap;
  }

  login(user) {
    this.service.identify(user.id);
    this.service.trackUserProperties({ plan: user.plan }); // expect: unknown-heap-method
    this.heap.identify('guest'); // expect: blocklisted-identity
  }

  props(user) {
    this.heap.addUserProperties({ admin: user.role === 'admin' }); // expect: user-property-value
    this.heap.addUserProperties({ plan: user.plan, seats: user.seats });
  }
}

function LegacyTracker() {
  this._heap = window.heap;
}

LegacyTracker.prototype.login = function (user) {
  this._heap.indentify(user.email); // expect: unknown-heap-method
};

// Must stay silent: a priority queue kept in a field named heap.
class Scheduler {
  constructor() {
    this.heap = new MinHeap();
  }
  add(job) {
    this.heap.track(job);
    this.heap.identify(job.id);
  }
}

export const analytics = { heap: window.heap, consent: null };
export { LegacyTracker, Scheduler };
