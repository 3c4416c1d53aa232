export const analytics = {
  heap: window.heap,
  consent: null,
};

export function setConsent(granted) {
  analytics.consent = granted;
}
