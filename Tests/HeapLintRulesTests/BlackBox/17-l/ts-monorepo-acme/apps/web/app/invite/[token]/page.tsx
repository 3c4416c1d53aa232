'use client';

import { useState } from 'react';
import { identifyUser, track, ANALYTICS } from '@acme/analytics';

interface AcceptedInvite {
  accountName: string;
  member?: { id: string; email: string };
}

async function acceptInvite(token: string): Promise<AcceptedInvite> {
  const res = await fetch(`/api/invites/${encodeURIComponent(token)}/accept`, { method: 'POST' });
  if (!res.ok) throw new Error(`invite ${res.status}`);
  return res.json();
}

export default function InvitePage({ params }: { params: { token: string } }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');

  async function onAccept() {
    setState('busy');
    try {
      const invite = await acceptInvite(params.token);
      identifyUser(invite.member?.email ?? 'anonymous'); // expect: blocklisted-identity
      track(ANALYTICS.EVENTS.INVITE_ACCEPTED, { account: invite.accountName });
      setState('done');
    } catch {
      setState('error');
    }
  }

  return (
    <main>
      <button type="button" disabled={state === 'busy'} onClick={onAccept}>
        Join the team
      </button>
      {state === 'error' && <p role="alert">That invite link has expired.</p>}
    </main>
  );
}
