import { Stack } from 'expo-router';
import { useEffect } from 'react';
import Heap from '@heap/react-native-heap';

Heap.setAppId('YOUR_HEAP_APP_ID'); // expect: invalid-app-id

export default function RootLayout() {
  useEffect(() => {
    Heap.track('App Opened');
  }, []);
  return <Stack screenOptions={{ headerShown: false }} />;
}
