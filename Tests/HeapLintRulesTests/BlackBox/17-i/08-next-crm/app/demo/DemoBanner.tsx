'use client';

import { useEffect } from 'react';
import { crmAnalytics } from '../../lib/analytics';

// Public sandbox at /demo: visitors play with seeded data without signing up.
export function DemoBanner() {
  useEffect(() => {
    crmAnalytics.identify({ id: `demo-${crypto.randomUUID()}` }); // expect: random-identity
    crmAnalytics.track('Demo Started');
  }, []);

  return (
    <div className="demo-banner">
      You are in the demo workspace. <a href="/signup">Create your own</a>
    </div>
  );
}
