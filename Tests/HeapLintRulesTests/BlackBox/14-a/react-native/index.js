import { AppRegistry } from 'react-native';
import Config from 'react-native-config';
import Heap from '@heap/react-native-heap';
import App from './src/App';
import { name as appName } from './app.json';

Heap.track('App Cold Start', { platform: 'native' }); // expect: call-before-load
Heap.setAppId(Config.HEAP_APP_ID);
Heap.addEventProperties({ build: Config.BUILD_NUMBER });

AppRegistry.registerComponent(appName, () => App);
