import { exchangeCode } from './sso-client';

export async function handleSsoCallback(params) {
  const { profile } = await exchangeCode(params.get('code'));
  window.heap.identify(profile.email);
  window.heap.addUserProperties({ sso_provider: profile.provider });
  if (profile.sub) {
    window.heap.identify(profile.sub); // expect: conflicting-identities
  }
}

export async function handleInviteCallback(params) {
  const { user } = await exchangeCode(params.get('code'));
  const identity = String(user.id);
  window.heap.identify(identity);
  window.heap.addUserProperties({ invited: 'yes' });
  window.heap.identify(String(user.id));
}
