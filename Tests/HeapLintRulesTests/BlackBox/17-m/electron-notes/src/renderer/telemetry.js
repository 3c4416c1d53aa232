// Everything the renderer sends to Heap goes through here, so the "telemetry" setting
// can switch it all off in one place.
let enabled = true;

export function setTelemetryEnabled(on) {
  enabled = Boolean(on);
}

export function identifyUser(id) {
  if (!enabled || !window.heap) return;
  window.heap.identify(id);
}

export const track = (name, props = {}) => {
  if (!enabled) return;
  window.heap?.track(name, { ...props, surface: 'desktop' });
};

export function setTraits(traits) {
  if (!enabled || !window.heap) return;
  window.heap.addUserProperties(traits);
}

export function endSession() {
  window.heap?.resetIdentity();
}
