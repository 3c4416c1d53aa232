import React, { useState } from 'react';
import { AnalyticsBrowser } from '@segment/analytics-next';
import { FALLBACK_READER, EVENTS } from '../analytics/events';
import { identifyVisitor, trackEvent } from '../analytics/heap';

const segment = AnalyticsBrowser.load({ writeKey: process.env.GATSBY_SEGMENT_KEY });

export default function FeedbackWidget({ slug, profile }) {
  const [vote, setVote] = useState(null);

  const send = async (helpful) => {
    setVote(helpful);
    // Segment gets an anonymous reader too; that is fine there.
    segment.identify(profile?.id ?? FALLBACK_READER, { plan: profile?.plan });
    segment.track('Feedback', { slug, helpful });

    identifyVisitor(profile?.id ?? FALLBACK_READER); // expect: hardcoded-identity
    trackEvent(EVENTS.FEEDBACK, { slug, helpful: helpful ? 'yes' : 'no' });
  };

  return (
    <aside className="feedback">
      <span>Was this page helpful?</span>
      <button disabled={vote !== null} onClick={() => send(true)}>Yes</button>
      <button disabled={vote !== null} onClick={() => send(false)}>No</button>
    </aside>
  );
}
