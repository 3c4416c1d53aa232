import { AppRegistry } from 'react-native';
import Heap from '@heap/react-native-heap';
import Config from 'react-native-config';
import App from './App';
import { name as appName } from './app.json';
import { cachedUser } from './src/storage';

if (cachedUser) {
  Heap.identify(cachedUser.id); // expect: call-before-load
}

Heap.setAppId(Config.HEAP_APP_ID);

AppRegistry.registerComponent(appName, () => App);
