import { useEffect } from 'react';
import { useRouter } from 'next/router';
import { identifyUser, tagEvents, trackEvent } from '../../lib/analytics/heap';

// Shareable lookbook previews sent to wholesale buyers without accounts.
export default function LookbookPreview() {
  const { query, isReady } = useRouter();

  useEffect(() => {
    if (!isReady) return;
    const token = String(query.token);
    tagEvents({ preview_token: token });
    identifyUser(`preview-${Date.now()}`); // expect: random-identity
    trackEvent('Lookbook Opened', { token, opened_at: new Date().toISOString() });
  }, [isReady, query.token]);

  return <div id="lookbook" />;
}
