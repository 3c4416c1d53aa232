// Shared helpers; no Heap here.
export function fallbackId() {
  return 'guest';
}
