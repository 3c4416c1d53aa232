import { useEffect } from 'react';
import { identifyUser, resetUser, trackEvent } from './lib/heap';
import { useCurrentUser } from './hooks/useCurrentUser';
import { Dashboard } from './Dashboard';

const DEMO_MODE = import.meta.env.VITE_DEMO_MODE === 'true';

export default function App() {
  const user = useCurrentUser();

  useEffect(() => {
    if (DEMO_MODE) {
      identifyUser('demo'); // expect: hardcoded-identity
      return;
    }
    if (user) {
      identifyUser(user.email);
      trackEvent('Dashboard Opened', { widgets: user.widgets.length });
    }
  }, [user]);

  return <Dashboard onLogout={resetUser} />;
}
