import { trackIdentity, setUserTraits } from '../analytics';

interface SsoUser {
  id: string;
  email: string;
  provider: 'okta' | 'azure' | 'google';
}

export function onSsoLogin(user: SsoUser): void {
  trackIdentity(user.id);
  setUserTraits({ ssoProvider: user.provider });
}

export function onLegacySsoLogin(user: SsoUser): void {
  // @ts-expect-error the old IdP bridge still sends the whole profile
  trackIdentity({ id: user.id, email: user.email }); // expect: blocklisted-identity
}
