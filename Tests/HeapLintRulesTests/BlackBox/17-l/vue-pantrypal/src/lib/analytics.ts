// The one place that calls Heap. Stores and composables import these.
type Props = Record<string, string | number>;

export function identifyUser(id: string): void {
  if (!id) return;
  window.heap?.identify(id);
}

export function setUserProps(props: Props): void {
  window.heap?.addUserProperties(props);
}

export function trackEvent(name: string, props: Props = {}): void {
  window.heap?.track(name, props);
}

export function resetUser(): void {
  window.heap?.resetIdentity();
}
