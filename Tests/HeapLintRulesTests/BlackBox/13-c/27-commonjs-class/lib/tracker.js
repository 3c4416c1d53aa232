'use strict';

module.exports = class Tracker {
  constructor() {
    this._heap = window.heap;
  }

  identify(id) {
    this._heap.identify(id);
  }

  setUser(props) {
    this._heap.addUserProperties(props);
  }
};
