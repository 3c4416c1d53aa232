export function onLogin(user) {
  if (!window.heap) return;
  window.heap.identify(user.email);
  window.heap.addUserProperties({ Name: user.name, Plan: user.plan, Warehouses: user.warehouses.length });
  window.heap.identify(user.id); // expect: conflicting-identities
}

export function onLegacySso(user) {
  if (!window.heap) return;
  window.heap.identify({ handle: user.email }); // expect: blocklisted-identity
}

export function onLogout() {
  if (window.heap) window.heap.resetIdentity();
}
