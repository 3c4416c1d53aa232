type HeapPropertyValue = string | number;
export type HeapProperties = Record<string, HeapPropertyValue>;

declare global {
  interface Window {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    heap?: any;
  }
}

export function heapTrack(event: string, properties: HeapProperties = {}): void {
  window.heap?.track(event, properties);
}

export function heapSetUserTraits(traits: HeapProperties): void {
  window.heap?.addUserProperty(traits); // expect: unknown-heap-method
}

export function heapSetPageContext(section: string): void {
  window.heap?.clearEventProperties();
  window.heap?.addEventProperties({ section });
}
