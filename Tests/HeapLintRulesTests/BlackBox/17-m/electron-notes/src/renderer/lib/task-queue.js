// Background work (sync, indexing, thumbnails) ordered by priority.
export class MinHeap {
  #items = [];
  #key;

  constructor(key = (x) => x) {
    this.#key = key;
  }

  get size() {
    return this.#items.length;
  }

  push(value) {
    const a = this.#items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (this.#key(a[p]) <= this.#key(a[i])) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }

  pop() {
    const a = this.#items;
    if (!a.length) return undefined;
    const top = a[0];
    const tail = a.pop();
    if (a.length) {
      a[0] = tail;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.#key(a[l]) < this.#key(a[m])) m = l;
        if (r < a.length && this.#key(a[r]) < this.#key(a[m])) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

const heap = new MinHeap((task) => task.priority);
let running = false;

export function enqueue(task) {
  heap.push(task);
  if (!running) drain(heap);
}

async function drain(heap) {
  running = true;
  while (heap.size) {
    const task = heap.pop();
    try {
      await task.run();
    } catch (err) {
      console.warn('task failed', task.name, err);
    }
  }
  running = false;
}
