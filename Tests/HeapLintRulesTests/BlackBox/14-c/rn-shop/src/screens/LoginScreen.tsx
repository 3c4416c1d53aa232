import React, { useState } from 'react';
import { Button, TextInput, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { login } from '../api';

export default function LoginScreen({ navigation }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = async () => {
    const user = await login(email, password);
    Heap.identify(user.id);
    Heap.addUserProperties({ lastLogin: new Date() }); // expect: user-property-value
    Heap.addUserProperties({ lastLoginAt: new Date().toISOString(), loginCount: user.loginCount });
    navigation.replace('Home');
  };

  return (
    <View>
      <TextInput value={email} onChangeText={setEmail} autoCapitalize="none" />
      <TextInput value={password} onChangeText={setPassword} secureTextEntry />
      <Button title="Sign in" onPress={onSubmit} />
    </View>
  );
}
