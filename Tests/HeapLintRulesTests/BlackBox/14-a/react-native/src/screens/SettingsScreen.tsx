import React from 'react';
import { Button, Text, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { useSession } from '../session';

export default function SettingsScreen() {
  const { user, signOut } = useSession();

  const onLogout = async () => {
    Heap.identify(); // expect: identity-type
    await signOut();
  };

  const onSwitchWorkspace = (workspace: { id: string; name: string }) => {
    Heap.identify(workspace.name); // expect: non-unique-identity
  };

  return (
    <View>
      <Text>{user.displayName}</Text>
      <Button title="Switch to Acme" onPress={() => onSwitchWorkspace(user.workspaces[0])} />
      <Button title="Log out" onPress={onLogout} />
    </View>
  );
}
