import Heap from '@heap/react-native-heap';
import DeviceInfo from 'react-native-device-info';

export async function identifyDevice() {
  const deviceId = await DeviceInfo.getUniqueId();
  Heap.identify(deviceId); // expect: anonymous-identity
  Heap.addUserProperties({ model: DeviceInfo.getModel(), os: DeviceInfo.getSystemVersion() });
}

export function signOut() {
  Heap.resetIdentity();
}
