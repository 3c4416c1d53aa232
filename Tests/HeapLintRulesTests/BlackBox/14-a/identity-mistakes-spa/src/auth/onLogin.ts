import { api } from '../api';

export async function onLogin(email: string, password: string): Promise<void> {
  const { user } = await api.post('/session', { email, password });
  window.heap.identify(user.email);
  window.heap.identify(String(user.id)); // expect: conflicting-identities
  window.heap.addUserProperties({ plan: user.plan });
}

export async function onSignup(form: { email: string; name: string }): Promise<void> {
  const { user } = await api.post('/users', form);
  window.heap.identify(user.email);
  window.heap.track('Signed Up', { source: 'web' });
}

export function onLogout(): void {
  window.heap.track('Logged Out');
  window.heap.resetIdentity();
}
