export {};

declare global {
  interface Window {
    // installed by the snippet in app/layout.tsx
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    heap: any;
  }
}
