import { MinHeap } from '../structures';

// A priority queue named heap: not Heap, and not the server client either.
const heap = new MinHeap<number>();
heap.track('x', 'constant-id');
export const size = () => heap.size;
