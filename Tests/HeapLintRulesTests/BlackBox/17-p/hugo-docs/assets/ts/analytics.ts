type Props = Record<string, unknown>;

interface HeapGlobal {
  identify(identity: string): void;
  addUserProperties(properties: Props): void;
  track(event: string, properties?: Record<string, string | number>): void;
  resetIdentity(): void;
}

declare global {
  interface Window {
    heap?: HeapGlobal;
  }
}

export function identifyReader(identity: string): void {
  window.heap?.identify(identity);
}

export function setReaderProps(props: Props): void {
  window.heap?.addUserProperties(props);
}

export function trackDocs(event: string, props: Record<string, string | number> = {}): void {
  window.heap?.track(event, props);
}

export function resetReader(): void {
  window.heap?.resetIdentity();
}
