type Traits = Record<string, string | number>;

function heapReady(): boolean {
  return typeof window !== 'undefined' && Boolean((window as any).heap);
}

function identifyUser(id: string) {
  if (heapReady()) {
    (window as any).heap.identify(id);
  }
}

function resetUser() {
  if (heapReady()) {
    (window as any).heap.resetIdentity();
  }
}

function setTraits(traits: Traits) {
  if (heapReady()) {
    (window as any).heap.addUserProperties(traits);
  }
}

export default {
  identify: identifyUser,
  reset: resetUser,
  setTraits,
};
