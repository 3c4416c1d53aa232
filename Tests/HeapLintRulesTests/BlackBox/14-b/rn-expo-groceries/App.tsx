import React from 'react';
import { NavigationContainer } from '@react-navigation/native';
import Heap from '@heap/react-native-heap';
import Config from 'react-native-config';
import { RootStack } from './src/navigation';
import { AuthProvider } from './src/auth/AuthProvider';

Heap.setAppId(Config.HEAP_APP_ID);

const HeapNavigationContainer = Heap.withReactNavigationAutotrack(NavigationContainer);

export default function App() {
  return (
    <AuthProvider>
      <HeapNavigationContainer>
        <RootStack />
      </HeapNavigationContainer>
    </AuthProvider>
  );
}
