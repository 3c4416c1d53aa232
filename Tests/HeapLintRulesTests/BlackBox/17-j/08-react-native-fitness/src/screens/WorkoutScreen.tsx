import React, { useState } from 'react';
import { Button, Text, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { v4 as uuidv4 } from 'uuid';
import { useWorkoutTimer } from '../hooks/useWorkoutTimer';
import { analytics } from '../analytics/heap';
import { api } from '../session/api';

export default function WorkoutScreen({ navigation }: { navigation: any }) {
  const { running, start, stop } = useWorkoutTimer();
  const [workoutId, setWorkoutId] = useState<string | null>(null);
  const [lastSeconds, setLastSeconds] = useState(0);

  function begin() {
    // Client-generated id so the workout can be saved offline and synced later without duplicates.
    const id = uuidv4();
    setWorkoutId(id);
    start();
    Heap.track('Workout Started');
  }

  async function finish() {
    const seconds = stop();
    setLastSeconds(seconds);
    await api.saveWorkout({ id: workoutId, seconds });
    analytics.track('Workout Completed', { seconds, workoutId: workoutId ?? '' });
    analytics.setProps({ lastWorkoutSeconds: seconds });
  }

  return (
    <View style={{ flex: 1, alignItems: 'center', justifyContent: 'center', gap: 16 }}>
      <Heap.Ignore>
        <Text>Last workout: {Math.round(lastSeconds / 60)} min</Text>
      </Heap.Ignore>
      {running ? <Button title="Finish" onPress={finish} /> : <Button title="Start run" onPress={begin} />}
      <Button title="Settings" onPress={() => navigation.navigate('Settings')} />
    </View>
  );
}
