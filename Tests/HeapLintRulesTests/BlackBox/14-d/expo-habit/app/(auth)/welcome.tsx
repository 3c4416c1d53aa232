import { useRouter } from 'expo-router';
import * as Crypto from 'expo-crypto';
import { Pressable, Text, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { useAuth } from '../../lib/auth';

export default function Welcome() {
  const router = useRouter();
  const { signIn, signOut } = useAuth();

  const continueAsGuest = () => {
    Heap.identify(Crypto.randomUUID()); // expect: random-identity
    router.replace('/habits');
  };

  const onSignIn = async () => {
    const account = await signIn();
    Heap.identify(account.email);
    Heap.addUserProperties({ habitsCount: account.habits.length, timezone: account.timezone });
    router.replace('/habits');
  };

  const onSignOut = async () => {
    await signOut();
    Heap.resetIdentity();
  };

  return (
    <View>
      <Pressable onPress={onSignIn}><Text>Sign in</Text></Pressable>
      <Pressable onPress={continueAsGuest}><Text>Continue as guest</Text></Pressable>
      <Pressable onPress={onSignOut}><Text>Sign out</Text></Pressable>
    </View>
  );
}
