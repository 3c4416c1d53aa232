// Binary min-heap keyed by job.runAt.
class MinHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare || ((a, b) => a - b);
  }

  size() {
    return this.items.length;
  }

  peek() {
    return this.items[0];
  }

  push(item) {
    this.items.push(item);
    this.siftUp(this.items.length - 1);
  }

  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length) {
      this.items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  load(list) {
    list.forEach((x) => this.push(x));
    return this;
  }

  siftUp(i) {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[p]) >= 0) break;
      [this.items[i], this.items[p]] = [this.items[p], this.items[i]];
      i = p;
    }
  }

  siftDown(i) {
    const n = this.items.length;
    for (;;) {
      let m = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < n && this.compare(this.items[l], this.items[m]) < 0) m = l;
      if (r < n && this.compare(this.items[r], this.items[m]) < 0) m = r;
      if (m === i) return;
      [this.items[i], this.items[m]] = [this.items[m], this.items[i]];
      i = m;
    }
  }
}

module.exports = { MinHeap };
