import Heap from '@heap/react-native-heap';
import DeviceInfo from 'react-native-device-info';

// Guests can browse and build a cart before creating an account.
export async function startGuestSession(): Promise<void> {
  const deviceId = await DeviceInfo.getUniqueId();
  Heap.identify(deviceId); // expect: anonymous-identity
  Heap.addUserProperties({ guest: 'yes', platform: DeviceInfo.getSystemName() });
}
