// Correct Heap usage in a React component, and text that only mentions it.
import { useEffect } from 'react';

type Member = { id: string; plan: 'free' | 'pro' };

export function AccountPage<T extends Member>({ member }: { member: T | null }) {
  useEffect(() => {
    if (member) {
      heap.identify(member.id);
      heap.addUserProperties({ plan: member.plan });
    }
  }, [member]);

  return (
    <main>
      <p>Never call heap.identify('guest') for visitors who are not signed in.</p>
      <button onClick={() => heap.resetIdentity()}>Sign out</button>
    </main>
  );
}
