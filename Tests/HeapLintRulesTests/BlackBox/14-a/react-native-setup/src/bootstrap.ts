import Heap from '@heap/react-native-heap';
import { getCurrentUser } from './auth';

export async function bootstrapAnalytics(): Promise<void> {
  Heap.setAppId('YOUR_APP_ID'); // expect: invalid-app-id
  const user = await getCurrentUser();
  if (user) {
    Heap.identify(user.id);
  }
}
