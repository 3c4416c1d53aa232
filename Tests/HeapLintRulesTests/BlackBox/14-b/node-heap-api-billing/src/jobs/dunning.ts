import { heap } from '../heapClient';

interface OverdueAccount {
  ownerEmail: string;
  daysOverdue: number;
}

export async function runDunning(accounts: OverdueAccount[]): Promise<void> {
  for (const account of accounts) {
    heap.track('Dunning Email Sent', account.ownerEmail, { days_overdue: account.daysOverdue });
  }
  heap.track('Dunning Run Complete', 'billing-cron', { accounts: accounts.length }); // expect: server-identity
}

export function markTrialVisitors(count: number): void {
  heap.addUserProperties('guest', { trial_visitors: count }); // expect: server-identity
}
