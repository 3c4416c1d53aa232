// Orders open tickets by SLA deadline for the agent inbox. `heap` here is a
// plain array-backed binary heap, nothing to do with analytics.
export function createSlaQueue() {
  const heap = []

  const swap = (i, j) => { [heap[i], heap[j]] = [heap[j], heap[i]] }

  function push(ticket) {
    heap.push(ticket)
    let i = heap.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (heap[p].dueAt <= heap[i].dueAt) break
      swap(i, p)
      i = p
    }
  }

  function pop() {
    if (heap.length === 0) return undefined
    const top = heap[0]
    const last = heap.pop()
    if (heap.length > 0) {
      heap[0] = last
      let i = 0
      while (true) {
        const l = 2 * i + 1, r = l + 1
        let m = i
        if (l < heap.length && heap[l].dueAt < heap[m].dueAt) m = l
        if (r < heap.length && heap[r].dueAt < heap[m].dueAt) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
    }
    return top
  }

  return { push, pop, get size() { return heap.length } }
}
