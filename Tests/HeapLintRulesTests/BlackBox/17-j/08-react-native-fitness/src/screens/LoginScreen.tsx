import React, { useState } from 'react';
import { Button, Text, TextInput, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import * as AppleAuthentication from 'expo-apple-authentication';
import { analytics } from '../analytics/heap';
import { useSession } from '../session/SessionContext';
import { api } from '../session/api';

export default function LoginScreen() {
  const { setUser } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');

  async function signIn() {
    try {
      const runner = await api.login(email.trim(), password);
      analytics.identify(runner.id);
      analytics.setProps({ level: runner.level, weeklyGoalKm: runner.weeklyGoalKm });
      analytics.track('Signed In', { method: 'email' });
      setUser(runner);
    } catch {
      setError('Check your email and password.');
      Heap.track('Sign In Failed');
    }
  }

  async function signInWithApple() {
    const credential = await AppleAuthentication.signInAsync({
      requestedScopes: [AppleAuthentication.AppleAuthenticationScope.EMAIL],
    });
    const runner = await api.loginWithApple(credential.identityToken ?? '');
    Heap.setUserId(runner.id); // expect: unknown-heap-method
    Heap.track('Signed In', { method: 'apple' });
    setUser(runner);
  }

  return (
    <View style={{ padding: 24, gap: 12 }}>
      <TextInput placeholder="Email" autoCapitalize="none" value={email} onChangeText={setEmail} />
      <TextInput placeholder="Password" secureTextEntry value={password} onChangeText={setPassword} />
      {error ? <Text style={{ color: 'crimson' }}>{error}</Text> : null}
      <Button title="Sign in" onPress={signIn} />
      <Button title="Sign in with Apple" onPress={signInWithApple} />
    </View>
  );
}
