const HEAP_IDS = {
  production: '3198823012',
  staging: '1784400231',
};

export function initHeap(env) {
  window.heap.load(HEAP_IDS[env] || HEAP_IDS.staging, { secureCookie: true });
}

export function initHeapFromMeta() {
  const id = document.querySelector('meta[name="heap-app-id"]').content;
  window.heap.load(id);
}

export function initHeapStaging() {
  window.heap.load('heap-staging'); // expect: invalid-app-id
}

export function initHeapLazy() {
  window.heap.load(); // expect: invalid-app-id
}
