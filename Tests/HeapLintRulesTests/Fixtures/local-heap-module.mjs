// In a module, an imported heap is not the browser global.
import heap from './priority-queue.js';
heap.identify('guest');
export function run() {
  heap.identify('anonymous');
}
