import type { AppProps } from 'next/app';
import Script from 'next/script';
import { useEffect } from 'react';
import { SessionProvider, useSession } from 'next-auth/react';
import tracking from '../lib/tracking';

function IdentifyOnLogin() {
  const { data: session, status } = useSession();

  useEffect(() => {
    if (status === 'authenticated' && session?.user?.email) {
      tracking.identify(session.user.email);
    }
    if (status === 'unauthenticated') {
      tracking.reset();
    }
  }, [session, status]);

  return null;
}

export default function App({ Component, pageProps: { session, ...pageProps } }: AppProps) {
  return (
    <SessionProvider session={session}>
      <Script src="/heap-loader.js" strategy="afterInteractive" />
      <IdentifyOnLogin />
      <Component {...pageProps} />
    </SessionProvider>
  );
}
