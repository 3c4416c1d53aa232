import React, { useState } from 'react';
import { EVENTS } from '../analytics/events';
import { identifyVisitor, setVisitorTraits, trackEvent } from '../analytics/heap';

const TOPICS = ['getting-started', 'api', 'deploy', 'plugins'] as const;

async function subscribe(email: string, topics: string[]): Promise<{ subscriberId: string }> {
  const res = await fetch('/api/newsletter', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, topics }),
  });
  if (!res.ok) throw new Error(`newsletter: ${res.status}`);
  return res.json();
}

function rememberTopics(topics: string[]) {
  setVisitorTraits({
    newsletter_topics: topics, // expect: user-property-value
    newsletter_topic_count: topics.length,
  });
}

export default function SignupForm({ source = 'sidebar', signedIn = false }: { source?: string; signedIn?: boolean }) {
  const [email, setEmail] = useState('');
  const [picked, setPicked] = useState<string[]>(['getting-started']);
  const [status, setStatus] = useState<'idle' | 'sending' | 'done' | 'error'>('idle');

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!email.includes('@')) return;
    setStatus('sending');
    try {
      await subscribe(email, picked);
      if (!signedIn) identifyVisitor(email.trim().toLowerCase());
      setVisitorTraits({
        newsletter_source: source,
        newsletter: true, // expect: user-property-value
      });
      rememberTopics(picked);
      trackEvent(EVENTS.SIGNUP, { source, topics: picked.join(',') });
      setStatus('done');
    } catch (err) {
      console.error(err);
      setStatus('error');
    }
  };

  return (
    <form onSubmit={onSubmit} className="signup">
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      {TOPICS.map((t) => (
        <label key={t}>
          <input
            type="checkbox"
            checked={picked.includes(t)}
            onChange={() =>
              setPicked((cur) => (cur.includes(t) ? cur.filter((x) => x !== t) : [...cur, t]))
            }
          />
          {t}
        </label>
      ))}
      <button disabled={status === 'sending'}>Subscribe</button>
      {status === 'error' && <p role="alert">Something went wrong.</p>}
    </form>
  );
}
