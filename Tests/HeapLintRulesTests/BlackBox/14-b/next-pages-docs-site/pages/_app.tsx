import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import { useRouter } from 'next/router';

export default function DocsApp({ Component, pageProps }: AppProps) {
  const router = useRouter();

  useEffect(() => {
    const onRoute = (url: string) => {
      (window as any).heap?.track('Docs Page Viewed', { path: url });
    };
    router.events.on('routeChangeComplete', onRoute);
    return () => router.events.off('routeChangeComplete', onRoute);
  }, [router.events]);

  return <Component {...pageProps} />;
}
