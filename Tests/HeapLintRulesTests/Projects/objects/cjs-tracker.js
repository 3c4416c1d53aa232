module.exports = class Tracker {
  constructor() {
    this.heap = window.heap;
  }
  identify(id) {
    this.heap.identify(id);
  }
};
