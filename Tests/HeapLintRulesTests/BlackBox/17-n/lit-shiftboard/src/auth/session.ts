import { API_BASE } from '../config';
import { analytics } from '../analytics/heap';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: 'owner' | 'manager' | 'staff';
  plan: string;
  accountId: string;
  locationIds: string[];
}

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'signed-out' };

const EMAIL_KEY = 'shiftboard.lastEmail';

function announce(state: AuthState): void {
  window.dispatchEvent(new CustomEvent<AuthState>('auth-changed', { detail: state }));
}

/** The email of the member who last signed in on this browser. */
export function rememberedEmail(): string {
  return localStorage.getItem(EMAIL_KEY) ?? '';
}

export async function refreshSession(): Promise<void> {
  const res = await fetch(`${API_BASE}/me`, { credentials: 'include' });
  if (!res.ok) {
    announce({ status: 'signed-out' });
    return;
  }
  const user = (await res.json()) as SessionUser;
  localStorage.setItem(EMAIL_KEY, user.email);
  announce({ status: 'signed-in', user });
}

export async function signOut(): Promise<void> {
  await fetch(`${API_BASE}/session`, { method: 'DELETE', credentials: 'include' });
  localStorage.removeItem(EMAIL_KEY);
  analytics.reset();
  announce({ status: 'signed-out' });
}
