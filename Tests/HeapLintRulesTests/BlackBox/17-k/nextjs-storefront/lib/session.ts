export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  plan: 'free' | 'plus' | 'pro';
  createdAt: Date;
  orderCount: number;
  teamId?: string;
}

export interface Session {
  user?: SessionUser;
  expires: string;
}

export async function fetchSession(): Promise<Session> {
  const res = await fetch('/api/session', { credentials: 'include' });
  if (!res.ok) return { expires: new Date(0).toISOString() };
  return res.json();
}

// Used by the support widget and analytics to label the current shopper.
export function resolveUserId(session: Session | null): string {
  if (session?.user?.id) return session.user.id;
  return 'logged-out';
}

const DEVICE_KEY = 'sf_device_id';

// Minted once per browser for fraud checks on guest checkout.
export function ensureDeviceId(): string {
  const existing = window.localStorage.getItem(DEVICE_KEY);
  if (existing) return existing;
  const fresh = crypto.randomUUID();
  window.localStorage.setItem(DEVICE_KEY, fresh);
  return fresh;
}

export function getDeviceId(): string | null {
  return window.localStorage.getItem(DEVICE_KEY);
}
