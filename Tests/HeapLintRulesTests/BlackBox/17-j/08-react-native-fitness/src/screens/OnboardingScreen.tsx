import React, { useEffect, useState } from 'react';
import { Button, Text, View } from 'react-native';
import DeviceInfo from 'react-native-device-info';
import { analytics } from '../analytics/heap';
import { SCREENS } from '../analytics/constants';

const GOALS = ['Run my first 5k', 'Get faster', 'Train for a marathon'];

export default function OnboardingScreen({ navigation }: { navigation: any }) {
  const [goal, setGoal] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      // Give pre-signup runners a stable profile so onboarding funnels work.
      const deviceId = await DeviceInfo.getUniqueId();
      analytics.identify(deviceId); // expect: anonymous-identity
      analytics.track('Onboarding Started', { screen: SCREENS.onboarding });
    })();
  }, []);

  function choose(g: string) {
    setGoal(g);
    analytics.setProps({ onboardingGoal: g });
    analytics.track('Goal Chosen', { goal: g });
  }

  return (
    <View style={{ flex: 1, padding: 24, justifyContent: 'center' }}>
      <Text style={{ fontSize: 24, marginBottom: 16 }}>What are you training for?</Text>
      {GOALS.map((g) => (
        <Button key={g} title={g} onPress={() => choose(g)} />
      ))}
      <Button title="Continue" disabled={!goal} onPress={() => navigation.navigate(SCREENS.login)} />
    </View>
  );
}
