import React, { useState } from 'react';
import { Button, Switch, Text, View } from 'react-native';
import { analytics } from '../analytics/heap';
import { useSession } from '../session/SessionContext';
import { api } from '../session/api';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default function SettingsScreen() {
  const { user, setUser } = useSession();
  const [days, setDays] = useState<string[]>(['Tue', 'Thu', 'Sat']);
  const [units, setUnits] = useState<'km' | 'mi'>('km');
  const [reminders, setReminders] = useState(true);

  async function savePreferences(trainingDays: string[], distanceUnit: 'km' | 'mi', remindersOn: boolean) {
    await api.savePreferences({ trainingDays, distanceUnit, remindersOn });
    analytics.setProps({
      trainingDays: trainingDays, // expect: user-property-value
      trainingDaysPerWeek: trainingDays.length,
      distanceUnit,
      remindersEnabled: remindersOn, // expect: user-property-value
    });
    analytics.track('Preferences Saved');
  }

  async function signOut() {
    await api.logout();
    analytics.track('Signed Out');
    analytics.reset();
    setUser(null);
  }

  return (
    <View style={{ padding: 24, gap: 16 }}>
      <Text>Signed in as {user?.email}</Text>
      <Text>Training days</Text>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', gap: 8 }}>
        {WEEKDAYS.map((d) => (
          <Button
            key={d}
            title={days.includes(d) ? `✓ ${d}` : d}
            onPress={() => setDays(days.includes(d) ? days.filter((x) => x !== d) : [...days, d])}
          />
        ))}
      </View>
      <Button title={`Units: ${units}`} onPress={() => setUnits(units === 'km' ? 'mi' : 'km')} />
      <Switch value={reminders} onValueChange={setReminders} />
      <Button title="Save" onPress={() => savePreferences(days, units, reminders)} />
      <Button title="Sign out" color="crimson" onPress={signOut} />
    </View>
  );
}
