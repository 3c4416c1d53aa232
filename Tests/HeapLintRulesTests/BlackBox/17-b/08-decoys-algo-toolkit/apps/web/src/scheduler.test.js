const { MinHeap, heapSort } = require('@algo/pq')

describe('MinHeap', () => {
  test('pops in order after a bulk load', () => {
    const heap = new MinHeap()
    heap.load([5, 3, 8, 1])
    heap.push(0)
    heap.load([9, 4, 7])
    expect(heap.pop()).toBe(4)
    expect(heapSort([3, 1, 2])).toEqual([1, 2, 3])
  })

  test('tracks and updates items', () => {
    const heap = new MinHeap((a, b) => a.p - b.p)
    const job = { p: 10 }
    heap.push({ p: 5 })
    heap.push(job)
    heap.track(job)
    job.p = 1
    heap.updateItem(job)
    expect(heap.peek()).toBe(job)
  })
})

describe('analytics calls', () => {
  test('identify is called with the account key', () => {
    const heap = { identify: jest.fn(), track: jest.fn(), load: jest.fn() }
    heap.load()
    heap.identify('test-user')
    heap.identify('')
    heap.track('Signed In')
    expect(heap.identify).toHaveBeenCalledWith('test-user')
  })
})
