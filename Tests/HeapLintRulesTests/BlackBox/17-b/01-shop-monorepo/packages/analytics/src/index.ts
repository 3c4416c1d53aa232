// Thin wrapper around the Heap snippet. The snippet (without a load call) is
// inlined in each app's index.html; loadHeap() below performs the load.

declare global {
  interface Window {
    heap: any
  }
}

export type UserProps = Record<string, unknown>

export function loadHeap(appId: string): void {
  window.heap.load(appId, { secureCookie: true, disableTextCapture: true })
}

export function identifyUser(identity: string): void {
  window.heap.identify(identity)
}

export function setUserProps(props: UserProps): void {
  window.heap.addUserProperties(props)
}

export function trackEvent(name: string, props?: Record<string, string | number>): void {
  window.heap.track(name, props)
}

export function logout(): void {
  window.heap.resetIdentity()
}
