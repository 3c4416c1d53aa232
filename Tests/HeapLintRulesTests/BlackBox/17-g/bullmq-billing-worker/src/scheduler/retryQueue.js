'use strict';

const Heap = require('heap');

/**
 * In-memory queue of webhook deliveries waiting for their next retry,
 * ordered by the time they become due.
 */
class RetryQueue {
  constructor() {
    this.heap = new Heap((a, b) => a.runAt - b.runAt);
  }

  schedule(delivery, delayMs) {
    this.heap.push({ ...delivery, runAt: Date.now() + delayMs });
  }

  due(now = Date.now()) {
    const ready = [];
    while (!this.heap.empty() && this.heap.peek().runAt <= now) {
      ready.push(this.heap.pop());
    }
    return ready;
  }

  get size() {
    return this.heap.size();
  }
}

module.exports = RetryQueue;
