import { api } from '../api';

declare const heap: {
  identify(identity: string): void;
  resetIdentity(): void;
  addUserProperties(props: Record<string, string | number>): void;
};

interface User {
  id: number;
  email: string;
  workspaceCount: number;
}

export async function login(email: string, password: string): Promise<User> {
  const user: User = await api.post('/login', { email, password });
  heap.identify(String(user.id));
  const workspaces = await api.get(`/users/${user.id}/workspaces`);
  heap.addUserProperties({ workspaces: workspaces.length });
  heap.identify(`${user.id}`);
  heap.identify(user.id.toString());
  return user;
}

export async function loginWithMagicLink(token: string): Promise<User> {
  const { user } = await api.post('/magic-link/verify', { token });
  heap.identify(user.email);
  await api.post('/sessions/touch', {});
  heap.identify(String(user.id)); // expect: conflicting-identities
  return user;
}

export function switchAccount(previous: User, next: User) {
  heap.identify(previous.email);
  heap.resetIdentity();
  heap.identify(next.email);
}

export function identifyBest(user: Partial<User>) {
  if (user.email) {
    heap.identify(user.email);
  } else if (user.id !== undefined) {
    heap.identify(String(user.id));
  }
}
