// Urgent chat messages jump the queue; otherwise first come, first served.
class MessageHeap {
  constructor(compare) {
    this.items = []
    this.compare = compare
  }

  get size() { return this.items.length }

  push(item) {
    this.items.push(item)
    this.items.sort(this.compare)
  }

  pop() { return this.items.shift() }

  reset() { this.items = [] }
}

export class TriageQueue {
  constructor() {
    this.heap = new MessageHeap((a, b) => (b.urgent - a.urgent) || (a.at - b.at))
  }

  get size() { return this.heap.size }

  enqueue(message) { this.heap.push(message) }

  next() { return this.heap.pop() }

  clear() { this.heap.reset() }
}
