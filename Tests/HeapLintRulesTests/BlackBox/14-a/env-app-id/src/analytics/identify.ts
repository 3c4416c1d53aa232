import { installHeap } from './installHeap';

export function startAnalytics(user: { id: string; email: string } | null): void {
  installHeap();
  if (user) {
    window.heap.identify(user.id);
    window.heap.addUserProperties({ email: user.email });
  }
}
