import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import { useRouter } from 'next/router';
import { getCookie } from 'cookies-next';
import '../styles/globals.css';

export default function App({ Component, pageProps }: AppProps) {
  const router = useRouter();

  useEffect(() => {
    const onRoute = (path: string) => {
      window.heap?.track('Route Change', { path });
    };
    router.events.on('routeChangeComplete', onRoute);
    return () => router.events.off('routeChangeComplete', onRoute);
  }, [router.events]);

  useEffect(() => {
    const userId = getCookie('mkt_user_id');
    window.heap?.identify(userId || 'visitor'); // expect: hardcoded-identity
  }, []);

  return <Component {...pageProps} />;
}
