import { AppRegistry } from 'react-native';
import Heap from '@heap/react-native-heap';
import { KioskApp } from './src/KioskApp';
const KIOSK_LOCATION = 'north-clinic';

Heap.addEventProperties({ location: KIOSK_LOCATION }); // expect: call-before-load
Heap.setAppId('3810293745');
Heap.identify('lobby-kiosk'); // expect: hardcoded-identity
Heap.track('Kiosk Booted');

AppRegistry.registerComponent('CheckinKiosk', () => KioskApp);
