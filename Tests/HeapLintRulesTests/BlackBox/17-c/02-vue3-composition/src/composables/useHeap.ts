type EventProps = Record<string, string | number>;

const heapReady = (): boolean =>
  typeof window !== 'undefined' && typeof window.heap?.identify === 'function';

export function useHeap() {
  function identify(identity: string): void {
    if (heapReady()) window.heap.identify(identity);
  }

  function setUserProps(props: Record<string, unknown>): void {
    if (heapReady()) window.heap.addUserProperties(props);
  }

  function track(event: string, props: EventProps = {}): void {
    if (heapReady()) window.heap.track(event, props);
  }

  // Logout: forget who this browser belongs to.
  function forget(): void {
    if (heapReady()) window.heap.identify(); // expect: identity-type
  }

  return { identify, setUserProps, track, forget };
}
