'use strict';

module.exports = class HeapTracker {
  constructor() {
    this._heap = window.heap;
  }

  identify(id) {
    this._heap.indentify(id); // expect: unknown-heap-method
  }

  setTraits(traits) {
    this._heap.addUserProperties(traits);
  }

  event(name, props) {
    this._heap.track(name, props);
  }
};
