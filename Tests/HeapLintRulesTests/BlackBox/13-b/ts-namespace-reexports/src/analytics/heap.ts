interface HeapGlobal {
  identify(identity: string): void;
  addUserProperties(props: Record<string, unknown>): void;
  resetIdentity(): void;
}

const heap = (): HeapGlobal | undefined => (window as unknown as { heap?: HeapGlobal }).heap;

export function identifyUser(id: string): void {
  heap()?.identify(id);
}

export function setUserTraits(traits: Record<string, unknown>): void {
  heap()?.addUserProperties(traits);
}

export function clearUser(): void {
  heap()?.resetIdentity();
}
