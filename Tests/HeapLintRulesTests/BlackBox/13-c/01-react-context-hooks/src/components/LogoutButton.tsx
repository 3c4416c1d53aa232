import { useAnalytics } from '../analytics/AnalyticsProvider';
import { signOut } from '../auth';

export function LogoutButton() {
  const { reset } = useAnalytics();
  return (
    <button
      onClick={async () => {
        await signOut();
        reset();
      }}
    >
      Sign out
    </button>
  );
}
