import { useEffect } from 'react';
import { Platform } from 'react-native';
import * as Application from 'expo-application';
import Heap from '@heap/react-native-heap';

/**
 * Members often switch phones; we wanted watch + phone sessions merged,
 * so the hardware id was used as the Heap identity until login.
 */
export function useDeviceIdentity(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    (async () => {
      const deviceId =
        Platform.OS === 'ios' ? await Application.getIosIdForVendorAsync() : Application.getAndroidId();
      if (deviceId) {
        Heap.identify(deviceId); // expect: anonymous-identity
        Heap.addUserProperties({ platform: Platform.OS });
      }
    })();
  }, [enabled]);
}
