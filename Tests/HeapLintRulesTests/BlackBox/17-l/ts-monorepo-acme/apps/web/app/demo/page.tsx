'use client';

import { useEffect } from 'react';
import { identifyUser, track, addTraits, ANALYTICS } from '@acme/analytics';

export default function DemoPage() {
  useEffect(() => {
    identifyUser(ANALYTICS.DEMO_IDENTITY); // expect: hardcoded-identity
    addTraits({ demo: 'yes' });
    track(ANALYTICS.EVENTS.DEMO_OPENED, { entry: document.referrer ? 'link' : 'direct' });
  }, []);

  return (
    <main>
      <h1>Acme Console sandbox</h1>
      <p>Everything here resets every night.</p>
    </main>
  );
}
