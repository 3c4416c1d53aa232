export interface IdentifyInput {
  id: string;
  email?: string;
  plan?: string;
}

export function identifyUser(user: IdentifyInput): void {
  const heap = (window as any).heap;
  if (!heap) return;
  heap.identify(user.id);
  if (user.email || user.plan) {
    heap.addUserProperties({ email: user.email ?? '', plan: user.plan ?? 'free' });
  }
}
