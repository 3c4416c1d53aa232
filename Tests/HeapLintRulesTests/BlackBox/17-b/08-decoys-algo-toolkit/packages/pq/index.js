'use strict'

// Binary min-heap used by the job scheduler.
class MinHeap {
  constructor(compare = (a, b) => a - b) {
    this.items = []
    this.compare = compare
  }

  get size() {
    return this.items.length
  }

  push(item) {
    this.items.push(item)
    siftUp(this.items, this.items.length - 1, this.compare)
  }

  pop() {
    const top = this.items[0]
    const last = this.items.pop()
    if (this.items.length > 0) {
      this.items[0] = last
      siftDown(this.items, 0, this.items.length, this.compare)
    }
    return top
  }

  peek() {
    return this.items[0]
  }

  // Bulk load: replaces the contents and re-heapifies in O(n).
  load(items) {
    this.items = items.slice()
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) siftDown(this.items, i, this.items.length, this.compare)
    return this
  }

  track(item) {
    // remember an item so updateItem() can find it later
    this.tracked = this.tracked || new Set()
    this.tracked.add(item)
  }

  updateItem(item) {
    const i = this.items.indexOf(item)
    if (i >= 0) siftUp(this.items, i, this.compare)
  }
}

function siftUp(heap, i, compare) {
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (compare(heap[i], heap[parent]) >= 0) break
    ;[heap[i], heap[parent]] = [heap[parent], heap[i]]
    i = parent
  }
}

function siftDown(heap, i, n, compare) {
  for (;;) {
    const l = 2 * i + 1
    const r = l + 1
    let m = i
    if (l < n && compare(heap[l], heap[m]) < 0) m = l
    if (r < n && compare(heap[r], heap[m]) < 0) m = r
    if (m === i) return
    ;[heap[i], heap[m]] = [heap[m], heap[i]]
    i = m
  }
}

function heapSort(values, compare = (a, b) => a - b) {
  const heap = new MinHeap(compare).load(values)
  const out = []
  while (heap.size) out.push(heap.pop())
  return out
}

module.exports = { MinHeap, heapSort, siftUp, siftDown }
