import React from 'react';
import { NavigationContainer } from '@react-navigation/native';
import Heap from '@heap/react-native-heap';
import RootStack from './src/RootStack';

Heap.setAppId('YOUR_APP_ID'); // expect: invalid-app-id

const HeapNavigationContainer = Heap.withReactNavigationAutotrack(NavigationContainer);

export default function App() {
  return (
    <HeapNavigationContainer>
      <RootStack />
    </HeapNavigationContainer>
  );
}
