// Client-side helpers around the Heap snippet injected in pages/_app.tsx.
type HeapValue = string | number;

declare global {
  interface Window {
    heap?: {
      identify: (identity: string, identityType?: string) => void;
      addUserProperties: (props: Record<string, unknown>) => void;
      track: (event: string, props?: Record<string, HeapValue>) => void;
      resetIdentity: () => void;
      trackPageview: (props?: Record<string, HeapValue>) => void;
    };
  }
}

const isBrowser = () => typeof window !== 'undefined';

export function heapIdentify(identity: string): void {
  if (!isBrowser()) return;
  window.heap?.identify(identity);
}

export function heapAddUserProperties(props: Record<string, unknown>): void {
  if (!isBrowser()) return;
  window.heap?.addUserProperties(props);
}

export function heapTrack(event: string, props: Record<string, HeapValue> = {}): void {
  if (!isBrowser()) return;
  window.heap?.track(event, props);
}

export function heapReset(): void {
  if (!isBrowser()) return;
  window.heap?.resetIdentity();
}
