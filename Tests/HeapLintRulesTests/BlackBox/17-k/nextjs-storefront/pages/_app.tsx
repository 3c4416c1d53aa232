import type { AppProps } from 'next/app';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/router';
import { useHeapIdentify } from '../hooks/useHeapIdentify';
import { trackEvent, tagEvents } from '../lib/analytics/heap';
import { segmentTrack } from '../lib/analytics/segment';
import { fetchSession, type SessionUser } from '../lib/session';

export default function StorefrontApp({ Component, pageProps }: AppProps) {
  const router = useRouter();
  const [user, setUser] = useState<SessionUser | undefined>(pageProps.user);

  useEffect(() => {
    let cancelled = false;
    fetchSession()
      .then((session) => {
        if (!cancelled) setUser(session.user);
      })
      .catch(() => setUser(undefined));
    return () => {
      cancelled = true;
    };
  }, []);

  useHeapIdentify(user);

  useEffect(() => {
    tagEvents({ locale: router.locale ?? 'en-US' });
    const onRoute = (url: string) => {
      trackEvent('Page Navigated', { path: url.split('?')[0] });
      segmentTrack('Page Navigated', { url });
    };
    router.events.on('routeChangeComplete', onRoute);
    return () => router.events.off('routeChangeComplete', onRoute);
  }, [router]);

  return <Component {...pageProps} user={user} />;
}
