import Config from 'react-native-config';

export interface Runner {
  id: string;
  email: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  weeklyGoalKm: number;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${Config.API_URL}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init?.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

export const api = {
  me: () => call<Runner>('/me'),
  login: (email: string, password: string) =>
    call<Runner>('/sessions', { method: 'POST', body: JSON.stringify({ email, password }) }),
  loginWithApple: (identityToken: string) =>
    call<Runner>('/sessions/apple', { method: 'POST', body: JSON.stringify({ identityToken }) }),
  logout: () => call<void>('/sessions/current', { method: 'DELETE' }),
  savePreferences: (prefs: object) => call<void>('/me/preferences', { method: 'PUT', body: JSON.stringify(prefs) }),
  saveWorkout: (workout: object) => call<void>('/workouts', { method: 'POST', body: JSON.stringify(workout) }),
};
