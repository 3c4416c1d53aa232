const { MinHeap } = require('../src/minHeap');

describe('MinHeap', () => {
  it('pops in runAt order', () => {
    const heap = new MinHeap((a, b) => a.runAt - b.runAt);
    heap.load([{ runAt: 3 }, { runAt: 1 }, { runAt: 2 }]);
    expect(heap.pop().runAt).toBe(1);
    expect(heap.pop().runAt).toBe(2);
  });

  it('identify-like helpers on a fake analytics double are not Heap', () => {
    const heap = { identify: jest.fn(), track: jest.fn(), explode: jest.fn() };
    heap.identify('admin');
    heap.explode();
    expect(heap.identify).toHaveBeenCalledWith('admin');
  });
});
