import { useEffect } from 'react';
import { useAuth } from './auth';

export function useHeapIdentity() {
  const { user, isLoading } = useAuth();

  useEffect(() => {
    if (isLoading || !window.heap) return;
    if (user) {
      window.heap.identify(user.email);
      window.heap.addUserProperties({
        name: user.name,
        signup_date: user.createdAt,
        projects: user.projectCount,
      });
    } else {
      window.heap.resetIdentity();
    }
  }, [user, isLoading]);
}
