import { identifyVisitor, trackEvent } from '../analytics/identity';

export function afterLogin(user: { id: string; tier: string }) {
  identifyVisitor(user.id);
  window.heap.addUserProperties({ tier: user.tier });
  trackEvent('Login Completed');
}
