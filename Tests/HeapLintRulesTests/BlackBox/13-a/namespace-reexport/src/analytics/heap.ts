declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

export function identifyUser(id: string): void {
  heap.identify(id);
}

export function setUserTraits(traits: Record<string, string | number>): void {
  heap.addUserProperties(traits);
}
