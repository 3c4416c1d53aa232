import React, { useState } from 'react';
import { Button, TextInput, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { api } from '../api';

export default function LoginScreen({ navigation }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onLogin = async () => {
    const user = await api.login(email, password);
    Heap.identify(user.id.toString); // expect: identity-type
    Heap.addUserProperties({ region: user.region, crew: user.crewName, certifications: user.certCount });
    Heap.track('Logged In', { method: 'password' });
    navigation.replace('Jobs');
  };

  return (
    <View>
      <TextInput value={email} onChangeText={setEmail} autoCapitalize="none" />
      <TextInput value={password} onChangeText={setPassword} secureTextEntry />
      <Button title="Log in" onPress={onLogin} />
    </View>
  );
}
