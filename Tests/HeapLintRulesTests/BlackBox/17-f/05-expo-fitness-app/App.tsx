import 'react-native-gesture-handler';
import React from 'react';
import { Platform } from 'react-native';
import Constants from 'expo-constants';
import Heap from '@heap/react-native-heap';
import { NavigationContainer } from '@react-navigation/native';
import { AuthProvider } from './src/auth/AuthProvider';
import RootNavigator from './src/screens/RootNavigator';

const extra = Constants.expoConfig?.extra ?? {};

Heap.addEventProperties({ app_version: Constants.expoConfig?.version ?? 'dev', os: Platform.OS }); // expect: call-before-load
Heap.setAppId(extra.heapAppId);
Heap.addEventProperties({ build_channel: Constants.expoConfig?.runtimeVersion ? 'store' : 'dev-client' });

const HeapNavigationContainer = Heap.withReactNavigationAutotrack(NavigationContainer);

export default function App() {
  return (
    <AuthProvider>
      <HeapNavigationContainer>
        <RootNavigator />
      </HeapNavigationContainer>
    </AuthProvider>
  );
}
