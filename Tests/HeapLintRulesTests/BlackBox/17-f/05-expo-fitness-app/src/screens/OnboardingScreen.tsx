import React, { useState } from 'react';
import { Alert, Button, Text, TextInput, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { supabase } from '../lib/supabase';

type Form = { email: string; password: string; goal: string; weeklyTarget: string };

export default function OnboardingScreen({ navigation }: { navigation: any }) {
  const [form, setForm] = useState<Form>({ email: '', password: '', goal: 'endurance', weeklyTarget: '3' });
  const [saving, setSaving] = useState(false);

  async function finishOnboarding() {
    setSaving(true);
    const email = form.email.trim().toLowerCase();
    Heap.identify(email);
    Heap.track('Onboarding Submitted', { goal: form.goal });

    const { data: auth, error: signUpError } = await supabase.auth.signUp({ email, password: form.password });
    if (signUpError || !auth.user) {
      setSaving(false);
      Alert.alert('Could not create your account', signUpError?.message ?? 'Try again');
      return;
    }

    const { data: member, error } = await supabase
      .from('members')
      .insert({ id: auth.user.id, email, goals: [form.goal], weekly_target: Number(form.weeklyTarget) })
      .select('id')
      .single();
    if (error) {
      setSaving(false);
      Alert.alert('Almost there', error.message);
      return;
    }

    Heap.identify(member.id); // expect: conflicting-identities
    Heap.addUserProperties({ primary_goal: form.goal, weekly_target: Number(form.weeklyTarget) });
    setSaving(false);
    navigation.replace('Home');
  }

  return (
    <View style={{ padding: 24, gap: 12 }}>
      <Text style={{ fontSize: 24, fontWeight: '700' }}>Let's set your pace</Text>
      <TextInput placeholder="Email" autoCapitalize="none" keyboardType="email-address"
        value={form.email} onChangeText={(email) => setForm({ ...form, email })} />
      <TextInput placeholder="Password" secureTextEntry
        value={form.password} onChangeText={(password) => setForm({ ...form, password })} />
      <TextInput placeholder="Workouts per week" keyboardType="number-pad"
        value={form.weeklyTarget} onChangeText={(weeklyTarget) => setForm({ ...form, weeklyTarget })} />
      <Button title={saving ? 'Saving…' : 'Start training'} onPress={finishOnboarding} disabled={saving} />
    </View>
  );
}
