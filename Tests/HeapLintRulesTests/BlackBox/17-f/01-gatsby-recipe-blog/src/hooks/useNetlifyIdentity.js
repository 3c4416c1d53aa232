import { useEffect, useState } from 'react';
import netlifyIdentity from 'netlify-identity-widget';
import posthog from 'posthog-js';
import { identifyReader, setReaderTraits, forgetReader } from '../utils/analytics';

export default function useNetlifyIdentity() {
  const [user, setUser] = useState(null);

  useEffect(() => {
    netlifyIdentity.init({ locale: 'en' });

    const current = netlifyIdentity.currentUser();
    if (current) {
      setUser(current);
      identifyReader(current.id);
    }

    const onLogin = (u) => {
      setUser(u);
      identifyReader(u.user_metadata.full_name); // expect: non-unique-identity
      setReaderTraits({
        email: u.email,
        provider: u.app_metadata.provider || 'email',
        joined_at: new Date(u.created_at), // expect: user-property-value
      });
      posthog.identify(u.id, { email: u.email });
      netlifyIdentity.close();
    };

    const onLogout = () => {
      setUser(null);
      forgetReader();
      posthog.reset();
    };

    netlifyIdentity.on('login', onLogin);
    netlifyIdentity.on('logout', onLogout);
    return () => {
      netlifyIdentity.off('login', onLogin);
      netlifyIdentity.off('logout', onLogout);
    };
  }, []);

  return {
    user,
    open: () => netlifyIdentity.open(),
    logout: () => netlifyIdentity.logout(),
  };
}
