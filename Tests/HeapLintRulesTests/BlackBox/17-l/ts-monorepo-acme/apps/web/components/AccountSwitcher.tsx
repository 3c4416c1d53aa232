'use client';

import { useRouter } from 'next/navigation';
import { identifyUser, setSuperProperties, track, ANALYTICS } from '@acme/analytics';

export interface AccountSummary {
  id: string;
  name: string;
  seats: number;
}

export function AccountSwitcher({ accounts, currentId }: { accounts: AccountSummary[]; currentId: string }) {
  const router = useRouter();

  async function select(account: AccountSummary) {
    if (account.id === currentId) return;
    const res = await fetch('/api/session/account', { method: 'PUT', body: JSON.stringify({ accountId: account.id }) });
    if (!res.ok) return;
    setSuperProperties({ account_id: account.id, account_seats: account.seats });
    identifyUser(account.id); // expect: non-unique-identity
    track(ANALYTICS.EVENTS.ACCOUNT_SWITCHED, { seats: account.seats });
    router.refresh();
  }

  return (
    <select value={currentId} onChange={(e) => select(accounts.find((a) => a.id === e.target.value)!)}>
      {accounts.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}
