'use client';

import { useEffect, useState } from 'react';
import { v4 as uuidv4 } from 'uuid';
import { startTrial } from '@/lib/api';

export default function TrialPage() {
  const [trialId, setTrialId] = useState<string | null>(null);
  const [email, setEmail] = useState('');

  useEffect(() => {
    const id = uuidv4();
    setTrialId(id);
    window.heap?.identify(id); // expect: random-identity
    window.heap?.track('Trial Page Viewed', { trial_ref: id });
  }, []);

  async function begin() {
    await startTrial({ email, trialId });
    window.heap?.track('Trial Started', { trial_ref: trialId ?? 'unknown' });
  }

  return (
    <main>
      <h1>Try Quillstack free for 14 days</h1>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="button" onClick={begin}>
        Start trial
      </button>
    </main>
  );
}
