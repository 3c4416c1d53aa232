import React, { useEffect, useRef, useState } from 'react';
import { Button, Text, View } from 'react-native';
import { v4 as uuidv4 } from 'uuid';
import Heap from '@heap/react-native-heap';
import { useAuth } from '../auth/AuthProvider';
import { trackWorkout } from '../analytics/heap';

// "Try a workout" from the welcome screen, before anyone has signed up.
export default function TryWorkoutScreen() {
  const { session } = useAuth();
  const [seconds, setSeconds] = useState(0);
  const workoutId = useRef(uuidv4());

  useEffect(() => {
    Heap.identify(session?.user.id ?? 'trial-member'); // expect: hardcoded-identity
    trackWorkout('Workout Started', { workout_id: workoutId.current, mode: 'trial' });
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [session]);

  const finish = () => {
    trackWorkout('Workout Completed', { workout_id: workoutId.current, seconds, mode: 'trial' });
  };

  return (
    <View style={{ padding: 24 }}>
      <Text style={{ fontSize: 48, fontVariant: ['tabular-nums'] }}>{seconds}s</Text>
      <Button title="Done" onPress={finish} />
    </View>
  );
}
