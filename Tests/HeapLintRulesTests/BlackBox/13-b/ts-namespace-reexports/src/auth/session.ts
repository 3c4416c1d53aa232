import * as analytics from '../analytics/heap';

export interface AnonymousSession {
  token: string;
  startedAt: number;
}

export function startAnonymousSession(): AnonymousSession {
  const token = crypto.randomUUID();
  analytics.identifyUser(token); // expect: random-identity
  return { token, startedAt: Date.now() };
}

export function endSession(): void {
  analytics.clearUser();
}
