type Props = Record<string, string | number>;

export function track(event: string, properties: Props = {}) {
  window.heap?.track(event, properties);
  window.analytics?.track(event, properties);
}

export function identifyAttendee(email: string) {
  window.heap?.identify(email);
  window.analytics?.identify(email);
}

export function rememberInterest(traits: Props) {
  window.heap?.trackUserProperties(traits); // expect: unknown-heap-method
}
