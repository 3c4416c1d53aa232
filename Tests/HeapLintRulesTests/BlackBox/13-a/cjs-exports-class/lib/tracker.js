'use strict';

module.exports = class Tracker {
  constructor() {
    this.heap = window.heap;
  }

  identify(id) {
    this.heap.identify(id);
  }

  setProperties(props) {
    this.heap.addUserProperties(props);
  }

  event(name, props) {
    this.heap.track(name, props);
  }
};
