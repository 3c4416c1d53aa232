import { useEffect } from 'react';
import Heap from '@heap/react-native-heap';
import { useAuth } from '../auth';

export function useHeapUser() {
  const { user } = useAuth();

  useEffect(() => {
    if (!user) {
      Heap.resetIdentity();
      return;
    }
    Heap.identify({ handle: user.email }); // expect: blocklisted-identity
    Heap.trackUserProperties({ goal: user.goal, weeklyTarget: user.weeklyTarget }); // expect: unknown-heap-method
    Heap.track('Profile Loaded', { workouts: user.workoutCount });
  }, [user]);
}
