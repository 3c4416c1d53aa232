import { getCurrentUser } from './auth';

export function identifyVisitor(): void {
  const user = getCurrentUser();
  if (user) {
    window.heap.identify(user.uuid);
    window.heap.addUserProperties({ roles: user.roles }); // expect: user-property-value
    window.heap.addUserProperties({ 'Primary Role': user.roles[0] ?? 'none' });
  } else {
    window.heap.identify(localStorage.getItem('ajs_anonymous_id')); // expect: anonymous-identity
  }
}
