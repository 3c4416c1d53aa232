import { heap as heapServer } from '../heapClient';

export async function renew(accounts: { ownerEmail: string; seats: number }[]): Promise<void> {
  for (const account of accounts) {
    heapServer.track('Renewal Sent', account.ownerEmail, { seats: account.seats });
    heapServer.addUserProperties(account.ownerEmail, { seats: account.seats });
  }
  heapServer.track('Renewal Run Complete', 'renewal-cron', { count: accounts.length }); // expect: server-identity
  heapServer.track('Renewal Run Logged', { count: accounts.length }); // expect: server-identity
}
