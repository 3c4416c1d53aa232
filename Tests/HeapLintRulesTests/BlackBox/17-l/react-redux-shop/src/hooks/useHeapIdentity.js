import { useEffect } from 'react';
import { useSelector } from 'react-redux';
import { identifyUser, setUserTraits } from '../analytics/heap';
import { selectCurrentUser } from '../features/auth/authSlice';

// Mounted once in <App/>; keeps Heap's identity in step with the Redux session.
export function useHeapIdentity() {
  const user = useSelector(selectCurrentUser);

  useEffect(() => {
    if (!user) return;
    identifyUser(user.id);
    setUserTraits({
      plan: user.plan ?? 'free',
      role: user.role,
      company: user.companyName ?? '',
      emailDomain: user.email?.split('@')[1] ?? 'unknown',
    });
  }, [user]);
}
