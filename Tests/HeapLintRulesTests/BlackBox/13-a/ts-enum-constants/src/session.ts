import { AuthState, FALLBACKS, Tier } from './constants';

declare const heap: {
  // the snippet accepts anything at runtime
  identify(identity: any): void;
  addUserProperties(props: Record<string, string | number>): void;
  resetIdentity(): void;
};

export interface SessionUser {
  id: number;
  email: string;
  tier: Tier;
}

export function startAnonymousSession() {
  heap.identify(AuthState.Guest); // expect: blocklisted-identity
}

export function startMemberSession(user: SessionUser) {
  heap.identify(user.id.toString());
  heap.addUserProperties({ auth_state: AuthState.Member, tier: user.tier });
}

export function startMemberSessionLegacy(user: SessionUser) {
  heap.identify(user.id.toString); // expect: identity-type
}

export function startUnknownSession(reason: string) {
  if (reason === 'sso-timeout') {
    heap.identify(FALLBACKS.unknown); // expect: hardcoded-identity
  } else {
    heap.identify(FALLBACKS.anonymous); // expect: blocklisted-identity
  }
}

export function endSession() {
  heap.resetIdentity();
}
