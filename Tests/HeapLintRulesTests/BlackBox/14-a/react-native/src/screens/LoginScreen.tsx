import React, { useState } from 'react';
import { Button, TextInput, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { login } from '../api';

export default function LoginScreen({ navigation }: { navigation: any }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = async () => {
    const user = await login(email, password);
    Heap.identify(user.email);
    Heap.addUserProperties({ plan: user.plan, team_size: user.teamSize });
    navigation.replace('Home');
  };

  const onSkip = () => {
    Heap.identify('guest'); // expect: blocklisted-identity
    navigation.replace('Home');
  };

  const onForgot = () => {
    Heap.track('Forgot Password Tapped');
    navigation.navigate('Forgot');
  };

  return (
    <View>
      <TextInput value={email} onChangeText={setEmail} autoCapitalize="none" />
      <TextInput value={password} onChangeText={setPassword} secureTextEntry />
      <Button title="Log in" onPress={onSubmit} />
      <Button title="Continue without account" onPress={onSkip} />
      <Button title="Forgot password?" onPress={onForgot} />
    </View>
  );
}
