/* heaplint-disable conflicting-identities -- separate cases, not one flow */
declare const heap: { identify(id: unknown): void; addUserProperties(p: object): void };

enum AuthState { Guest = 'guest', Member = 'member' }
enum Slot { First, Second }
const IDENTITIES = { KIOSK: 'lobby-kiosk' } as const;
const FALLBACKS = Object.freeze({ anonymous: 'anonymous', unknown: 'unknown-user' });

heap.identify(AuthState.Guest); // expect: blocklisted-identity
heap.identify(AuthState.Member); // expect: hardcoded-identity
heap.identify(Slot.First); // expect: blocklisted-identity
heap.identify(IDENTITIES.KIOSK); // expect: hardcoded-identity
heap.identify(FALLBACKS.anonymous); // expect: blocklisted-identity
heap.identify(FALLBACKS.unknown); // expect: hardcoded-identity
heap.identify(user.id.toString); // expect: identity-type
heap.identify(account.getEmail); // expect: identity-type

// Must stay silent: the values are the user's own.
heap.identify(user.id.toString());
heap.identify(account.getEmail());
heap.identify(user!.id);
heap.addUserProperties({ state: AuthState.Member, slot: Slot.Second });

function composite(orgId: string, user: { id: string; email: string }, org: { id: string; slug: string }) {
  heap.identify(`${orgId}:${user.id}`);
  heap.identify(`${org.slug}/${user.email}`);
  heap.identify(org.id + '-' + user.id);
}

function shared(org: { id: string }, team: { slug: string }, membership: { organizationId: string }) {
  heap.identify(`${org.id}`); // expect: non-unique-identity
}

function claims(token: string) {
  const claims = jwtDecode(token);
  heap.identify(claims.sub);
  heap.identify(claims.sid as string); // expect: anonymous-identity
}

function sameIdentity(user: { id: number }) {
  const identity = String(user.id);
  heap.identify(identity);
  heap.identify(`${user.id}`);
  heap.identify(user.id.toString());
}
