import Heap from '@heap/react-native-heap';
import Config from 'react-native-config';
import DeviceInfo from 'react-native-device-info';

export function initHeap(): void {
  Heap.setAppId(Config.HEAP_APP_ID);
  Heap.addEventProperties({ appVersion: DeviceInfo.getVersion() });
}

export async function identifyDevice(): Promise<void> {
  const deviceId = await DeviceInfo.getUniqueId();
  Heap.identify(deviceId); // expect: anonymous-identity
}

export function logout(): void {
  Heap.resetIdentity();
}
