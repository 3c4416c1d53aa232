export function identifyUser(user: { id: string }) {
  window.heap.identify(user.id);
}
