import { AppRegistry } from 'react-native';
import Heap from '@heap/react-native-heap';
import { getBuildNumber } from 'react-native-device-info';
import App from './src/App';
import { name as appName } from './app.json';
import { HEAP_APP_ID } from './src/env';

Heap.addEventProperties({ build: getBuildNumber() }); // expect: call-before-load
Heap.setAppId(HEAP_APP_ID);

AppRegistry.registerComponent(appName, () => App);
