import { useEffect } from 'react';
import Heap from '@heap/react-native-heap';
import { useSelector } from 'react-redux';

export function useHeapUser() {
  const user = useSelector((state) => state.auth.user);
  const account = useSelector((state) => state.account.current);

  useEffect(() => {
    if (!user) return;
    Heap.identify(user.email);
    Heap.addUserProperties({ accountName: account.name, role: user.role });
  }, [user, account]);
}
