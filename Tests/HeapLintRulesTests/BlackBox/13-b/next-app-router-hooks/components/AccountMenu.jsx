'use client';

import { signIn, signOut } from 'next-auth/react';
import { useHeap } from '../hooks/useHeap';

export function LogoutButton() {
  const { identify } = useHeap();

  return (
    <button
      onClick={() => {
        identify(); // expect: identity-type
        signOut({ callbackUrl: '/' });
      }}
    >
      Log out
    </button>
  );
}

export function SwitchAccount({ accounts }) {
  const { identify, resetIdentity } = useHeap();

  async function switchTo(next) {
    await signIn('credentials', { email: next.email, redirect: false });
    resetIdentity();
    identify(next.email);
  }

  return (
    <ul>
      {accounts.map((a) => (
        <li key={a.email}>
          <button onClick={() => switchTo(a)}>{a.email}</button>
        </li>
      ))}
    </ul>
  );
}
