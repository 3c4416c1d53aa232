import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import { useCurrentUser } from '../lib/useCurrentUser';

export default function App({ Component, pageProps }: AppProps) {
  const user = useCurrentUser();

  useEffect(() => {
    if (!user) return;
    window.heap.identify(user.organizationId); // expect: non-unique-identity
    window.heap.addUserProperties({
      role: user.role,
      preferences: { theme: user.theme, locale: user.locale }, // expect: user-property-value
      projects: user.projectCount,
    });
  }, [user]);

  return <Component {...pageProps} />;
}
