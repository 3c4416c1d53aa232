import { nanoid } from 'nanoid';

export interface SessionUser {
  id?: number;
  email: string;
  name: string;
  sessionId: string;
  plan: string;
  createdAt: Date;
  isAdmin: boolean;
}

export function identifyUser(user: SessionUser): void {
  window.heap.identify(user.email);
  window.heap.addUserProperties({
    name: user.name,
    plan: user.plan,
    created_at: user.createdAt.toISOString(),
    is_admin: user.isAdmin ? 'yes' : 'no',
  });
}

export function identifyWithFallback(user: Partial<SessionUser>): void {
  window.heap.identify(user.id ? String(user.id) : 'visitor'); // expect: hardcoded-identity
}

export function identifyBySession(user: SessionUser): void {
  window.heap.identify(user.sessionId); // expect: anonymous-identity
}

export function identifyDraftUser(): void {
  window.heap.identify(nanoid()); // expect: random-identity
}

export function identifyObject(user: SessionUser): void {
  window.heap.identify(user); // expect: identity-type
}

export function identifyTwoArgs(user: SessionUser): void {
  window.heap.identify(user.email, user.name); // expect: identity-type
}

export function addTimestamps(user: SessionUser): void {
  window.heap.addUserProperties({ created_at: user.createdAt }); // expect: user-property-value
  window.heap.addUserProperties({ is_admin: user.isAdmin }); // expect: user-property-value
}

export function pushUserProps(user: SessionUser): void {
  window.heap.addUserProperties({ plan: user.plan, seats: 5 });
}
