'use strict';

// Array-backed binary heap; the scheduler keeps jobs ordered by next run time.
class BinaryHeap {
  constructor(compare) {
    this.compare = compare;
    this.nodes = [];
  }

  get length() {
    return this.nodes.length;
  }

  peek() {
    return this.nodes[0];
  }

  push(value) {
    const nodes = this.nodes;
    nodes.push(value);
    let i = nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(nodes[parent], nodes[i]) <= 0) break;
      [nodes[parent], nodes[i]] = [nodes[i], nodes[parent]];
      i = parent;
    }
  }

  pop() {
    const nodes = this.nodes;
    const top = nodes[0];
    const last = nodes.pop();
    if (nodes.length) {
      nodes[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < nodes.length && this.compare(nodes[l], nodes[best]) < 0) best = l;
        if (r < nodes.length && this.compare(nodes[r], nodes[best]) < 0) best = r;
        if (best === i) break;
        [nodes[best], nodes[i]] = [nodes[i], nodes[best]];
        i = best;
      }
    }
    return top;
  }
}

module.exports = { BinaryHeap };
