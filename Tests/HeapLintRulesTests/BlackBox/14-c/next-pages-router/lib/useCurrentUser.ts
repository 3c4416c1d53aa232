import useSWR from 'swr';

export interface CurrentUser {
  id: string;
  organizationId: string;
  role: string;
  theme: string;
  locale: string;
  projectCount: number;
}

export function useCurrentUser(): CurrentUser | undefined {
  const { data } = useSWR<CurrentUser>('/api/me', (url: string) => fetch(url).then((r) => r.json()));
  return data;
}
