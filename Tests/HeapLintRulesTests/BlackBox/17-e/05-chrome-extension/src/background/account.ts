export interface Account {
  userId: string;
  email: string;
  plan: 'free' | 'pro' | 'team';
  boards: number;
}

export async function getAccount(): Promise<Account | null> {
  const { account } = (await chrome.storage.local.get('account')) as { account?: Account };
  return account ?? null;
}

export async function setAccount(account: Account | null) {
  if (account) await chrome.storage.local.set({ account });
  else await chrome.storage.local.remove('account');
}
