export function identifyUser(id) {
  heap.identify(id);
}
