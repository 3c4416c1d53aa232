const heap = () => (window as any).heap;

export function identifyUser(id: string): void {
  heap().identify(id);
}

export function addTraits(traits: Record<string, string | number>): void {
  heap().addUserProperties(traits);
}
