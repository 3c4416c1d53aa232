import { Heap } from '@heap/heap-react-native-bridge';

export function start(userId: string | null): void {
  Heap.startRecording('YOUR_ENV_ID'); // expect: invalid-app-id
  if (userId) Heap.identify(userId);
  else Heap.identify(userId || 'visitor'); // expect: hardcoded-identity
}
