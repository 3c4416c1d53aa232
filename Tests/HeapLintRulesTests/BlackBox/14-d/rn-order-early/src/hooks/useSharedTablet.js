import { useEffect } from 'react';
import Heap from '@heap/react-native-heap';
import { useSelector } from 'react-redux';

// Store tablets run without a personal login; attribute usage to the store account.
export function useSharedTablet() {
  const account = useSelector((state) => state.account.current);

  useEffect(() => {
    if (account) {
      Heap.identify(account.id); // expect: non-unique-identity
      Heap.addUserProperties({ storeNumber: account.storeNumber });
    }
  }, [account]);
}
