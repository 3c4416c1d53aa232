import { AppRegistry } from 'react-native';
import Heap from '@heap/react-native-heap';
import App from './src/App';

// Start Heap.
Heap.setAppId('my-app-id'); // expect: invalid-app-id

AppRegistry.registerComponent('FieldInspector', () => App);
