export interface SpaUser {
  uuid: string;
  roles: string[];
}

export function getCurrentUser(): SpaUser | null {
  const raw = sessionStorage.getItem('user');
  return raw ? (JSON.parse(raw) as SpaUser) : null;
}
