export {};

declare global {
  interface Window {
    // Heap's snippet: an array of queued calls until the CDN script replaces it.
    heap: any;
  }
}
