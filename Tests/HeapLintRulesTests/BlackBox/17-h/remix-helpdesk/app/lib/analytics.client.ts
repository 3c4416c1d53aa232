import posthog from "posthog-js";

type HeapProps = Record<string, string | number>;

interface HeapApi {
  identify(identity?: string): void;
  resetIdentity(): void;
  track(event: string, properties?: HeapProps): void;
  trackPageView(properties?: HeapProps): void;
  addUserProperties(properties: Record<string, unknown>): void;
  addEventProperties(properties: HeapProps): void;
  removeEventProperty(name: string): void;
  clearEventProperties(): void;
}

declare global {
  interface Window {
    heap?: HeapApi;
  }
}

/** Ties the current visitor to a helpdesk agent. Call once the agent is known. */
export function identifyAgent(identity: string) {
  window.heap?.identify(identity);
}

export function setAgentProperties(properties: Record<string, unknown>) {
  window.heap?.addUserProperties(properties);
}

export function trackEvent(event: string, properties?: HeapProps) {
  window.heap?.track(event, properties);
  posthog.capture(event, properties);
}

export function setPageContext(properties: HeapProps) {
  window.heap?.clearEventProperties();
  window.heap?.addEventProperties(properties);
}

export function logoutAnalytics() {
  window.heap?.resetIdentity();
  posthog.reset();
}
