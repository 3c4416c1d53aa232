export async function completeLogin(user) {
  window.heap.identify(String(user.id));
  window.heap.addUserProperties({ email: user.email });
  if (user.migratedFromV1) {
    window.heap.identify(`${user.id}`);
  }
}

export function switchAccount(prev, next) {
  window.heap.identify(prev.email);
  window.heap.resetIdentity();
  window.heap.identify(next.email);
}

export function linkSso(user, ssoProfile) {
  window.heap.identify(user.id);
  window.heap.identify(ssoProfile.email); // expect: conflicting-identities
}

export function restoreSession(user) {
  window.heap.identify(user.id);
  window.heap.identify(user.id.toString());
}

export async function signUp(form, api) {
  window.heap.identify(form.email);
  const created = await api.createUser(form);
  window.heap.identify(created.id); // expect: conflicting-identities
  window.heap.addUserProperties({ signupSource: form.source });
}
