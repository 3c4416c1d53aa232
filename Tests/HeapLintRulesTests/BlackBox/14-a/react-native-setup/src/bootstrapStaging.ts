import Heap from '@heap/react-native-heap';
import { Platform } from 'react-native';

const HEAP_APP_IDS = {
  ios: '2084759163',
  android: '3190475528',
};

export function bootstrapStaging(userId: string | null): void {
  Heap.setAppId(Platform.OS === 'ios' ? HEAP_APP_IDS.ios : HEAP_APP_IDS.android);
  Heap.addEventProperties({ environment: 'staging' });
  if (userId) {
    Heap.identify(userId);
  } else {
    Heap.identify(userId || 'visitor'); // expect: hardcoded-identity
  }
}
