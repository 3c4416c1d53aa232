import { READER_API, DOCS_VISITOR } from './config';
import { identifyReader, resetReader, setReaderProps, trackDocs } from './analytics';

interface Me {
  id: string;
  email: string | null;
  plan: 'starter' | 'team' | 'enterprise';
  seats: number;
}

async function fetchMe(): Promise<Me | null> {
  try {
    const res = await fetch(`${READER_API}/me`, { credentials: 'include' });
    return res.ok ? ((await res.json()) as Me) : null;
  } catch {
    return null;
  }
}

export async function initAuth(): Promise<void> {
  const me = await fetchMe();
  document.documentElement.dataset.signedIn = me ? 'yes' : 'no';
  if (!me) return;

  identifyReader(me.email || DOCS_VISITOR); // expect: hardcoded-identity
  setReaderProps({ plan: me.plan, seats: me.seats });

  document.querySelector<HTMLButtonElement>('[data-sign-out]')?.addEventListener('click', async () => {
    await fetch(`${READER_API}/logout`, { method: 'POST', credentials: 'include' });
    trackDocs('Docs Sign Out');
    resetReader();
    location.reload();
  });
}
