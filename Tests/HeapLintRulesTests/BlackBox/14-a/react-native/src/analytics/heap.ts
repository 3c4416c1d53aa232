import Heap from '@heap/react-native-heap';
import DeviceInfo from 'react-native-device-info';
import uuid from 'react-native-uuid';

export type Account = {
  id: string;
  email: string;
  displayName: string;
  plan: 'free' | 'pro';
  createdAt: Date;
  tags: string[];
};

export function identifyAccount(account: Account): void {
  Heap.identify(account.id);
  Heap.addUserProperties({
    email: account.email,
    plan: account.plan,
    created_at: account.createdAt.toISOString(),
  });
}

export function identifyDevice(): void {
  Heap.identify(DeviceInfo.getUniqueIdSync()); // expect: anonymous-identity
}

export function identifyOfflineDraft(): void {
  Heap.identify(String(uuid.v4())); // expect: random-identity
}

export function tagAccount(account: Account): void {
  Heap.addUserProperties({ tags: account.tags }); // expect: user-property-value
  Heap.addUserProperties({ tag_count: account.tags.length, tags_csv: account.tags.join(',') });
}

export function signOut(): void {
  Heap.track('Signed Out');
  Heap.resetIdentity();
}
