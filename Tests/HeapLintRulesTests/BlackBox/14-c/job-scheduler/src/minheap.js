class MinHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }

  load(items) {
    items.forEach((item) => this.push(item));
  }

  push(item) {
    this.items.push(item);
    this.items.sort(this.compare);
  }

  pop() {
    return this.items.shift();
  }
}

module.exports = { MinHeap };
