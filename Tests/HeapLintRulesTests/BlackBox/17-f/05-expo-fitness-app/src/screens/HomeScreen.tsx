import React from 'react';
import { Button, FlatList, Text, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { supabase } from '../lib/supabase';
import { useAuth } from '../auth/AuthProvider';
import { trackWorkout } from '../analytics/heap';

export default function HomeScreen({ navigation }: { navigation: any }) {
  const { profile } = useAuth();

  const startWorkout = (kind: string) => {
    trackWorkout('Workout Started', { kind, weekly_target: profile?.weeklyTarget ?? 0 });
    navigation.navigate('Workout', { kind });
  };

  const shareStreak = () => {
    Heap.track('Streak Shared', { tier: profile?.tier ?? 'free' });
  };

  return (
    <View style={{ flex: 1, padding: 24 }}>
      <Text style={{ fontSize: 22 }}>Hi {profile?.email}</Text>
      <FlatList
        data={['Intervals', 'Easy run', 'Strength']}
        keyExtractor={(k) => k}
        renderItem={({ item }) => <Button title={item} onPress={() => startWorkout(item)} />}
      />
      <Button title="Share my streak" onPress={shareStreak} />
      <Button title="Sign out" onPress={() => supabase.auth.signOut()} />
    </View>
  );
}
