export interface HeapLike {
  identify(id: string): void;
  addUserProperties(props: Record<string, string | number>): void;
}

export function identifyCurrentUser(user: { id: string; plan: string }, heap: HeapLike = (window as any).heap): void {
  heap.identify(user.id);
  heap.addUserProperties({ plan: user.plan });
}
