import { api } from '../lib/api';

export interface User {
  id: number;
  email: string;
  legacyId?: string;
}

export function onSignIn(user: User) {
  window.heap.identify(String(user.id));
  window.heap.addUserProperties({ email: user.email });
  if (user.legacyId) {
    window.heap.addUserProperties({ legacyId: user.legacyId });
    window.heap.identify(`${user.id}`);
  }
}

export function onImpersonate(admin: User, target: User) {
  window.heap.identify(admin.email);
  window.heap.resetIdentity();
  window.heap.identify(target.email);
}

export function onLinkAccount(user: User) {
  window.heap.identify(user.email);
  window.heap.identify(user.id.toString()); // expect: conflicting-identities
}

export function onMergeAccounts(user: User) {
  window.heap.identify(user.id.toString());
  api.post('/accounts/merge', { userId: user.id }).then(() => {
    window.heap.identify(String(user.id));
  });
}
