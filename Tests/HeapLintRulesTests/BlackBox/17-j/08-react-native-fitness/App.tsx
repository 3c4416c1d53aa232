import React from 'react';
import Heap from '@heap/react-native-heap';
import { NavigationContainer } from '@react-navigation/native';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { SessionProvider, useSession } from './src/session/SessionContext';
import OnboardingScreen from './src/screens/OnboardingScreen';
import LoginScreen from './src/screens/LoginScreen';
import WorkoutScreen from './src/screens/WorkoutScreen';
import SettingsScreen from './src/screens/SettingsScreen';

const Stack = createNativeStackNavigator();
const HeapNavigationContainer = Heap.withReactNavigationAutotrack(NavigationContainer);

function Routes() {
  const { user, ready } = useSession();
  if (!ready) return null;
  return (
    <Stack.Navigator>
      {user ? (
        <>
          <Stack.Screen name="Workout" component={WorkoutScreen} />
          <Stack.Screen name="Settings" component={SettingsScreen} />
        </>
      ) : (
        <>
          <Stack.Screen name="Onboarding" component={OnboardingScreen} options={{ headerShown: false }} />
          <Stack.Screen name="Login" component={LoginScreen} />
        </>
      )}
    </Stack.Navigator>
  );
}

export default function App() {
  return (
    <SessionProvider>
      <HeapNavigationContainer>
        <Routes />
      </HeapNavigationContainer>
    </SessionProvider>
  );
}
