import { useEffect } from 'react';
import { useAuth0 } from '@auth0/auth0-react';

export function Auth0Identify() {
  const { user, isAuthenticated } = useAuth0();

  useEffect(() => {
    if (isAuthenticated && user?.sub) {
      window.heap.identify(user.sub);
      window.heap.addUserProperties({ email_verified: user.email_verified ? 'yes' : 'no' });
    }
  }, [isAuthenticated, user]);

  return null;
}
