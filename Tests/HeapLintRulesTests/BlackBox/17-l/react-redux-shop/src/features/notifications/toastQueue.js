import { BinaryHeap } from '../../utils/priorityQueue';
import { trackEvent } from '../../analytics/heap';

const PRIORITY = { error: 0, warning: 1, info: 2 };
const heap = new BinaryHeap((a, b) => PRIORITY[a.level] - PRIORITY[b.level] || a.at - b.at);

export function enqueueToast(toast) {
  heap.push({ ...toast, id: crypto.randomUUID(), at: Date.now() });
}

export function nextToast() {
  const toast = heap.pop();
  if (toast?.level === 'error') {
    trackEvent('Error Toast Shown', { code: toast.code ?? 'none', toastId: toast.id });
  }
  return toast;
}

export const pendingToasts = () => heap.size;
