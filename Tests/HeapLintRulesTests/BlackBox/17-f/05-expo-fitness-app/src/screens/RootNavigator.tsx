import React from 'react';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { useAuth } from '../auth/AuthProvider';
import { useDeviceIdentity } from '../hooks/useDeviceIdentity';
import OnboardingScreen from './OnboardingScreen';
import TryWorkoutScreen from './TryWorkoutScreen';
import HomeScreen from './HomeScreen';

const Stack = createNativeStackNavigator();

export default function RootNavigator() {
  const { session } = useAuth();
  useDeviceIdentity(!session);

  return (
    <Stack.Navigator>
      {session ? (
        <Stack.Screen name="Home" component={HomeScreen} />
      ) : (
        <>
          <Stack.Screen name="Onboarding" component={OnboardingScreen} />
          <Stack.Screen name="TryWorkout" component={TryWorkoutScreen} />
        </>
      )}
    </Stack.Navigator>
  );
}
