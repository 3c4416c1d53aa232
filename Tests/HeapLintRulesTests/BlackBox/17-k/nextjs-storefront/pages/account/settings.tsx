import { useState } from 'react';
import { setUserTraits, trackEvent } from '../../lib/analytics/heap';
import type { SessionUser } from '../../lib/session';

const SIZE_OPTIONS = ['XS', 'S', 'M', 'L', 'XL'] as const;

export default function SettingsPage({ user }: { user?: SessionUser }) {
  const [newsletter, setNewsletter] = useState(false);
  const [size, setSize] = useState<string>('M');

  const onNewsletterChange = async (enabled: boolean) => {
    setNewsletter(enabled);
    await fetch('/api/preferences', { method: 'PATCH', body: JSON.stringify({ newsletter: enabled }) });
    setUserTraits({ newsletter: enabled }); // expect: user-property-value
    trackEvent('Newsletter Toggled', { state: enabled ? 'on' : 'off' });
  };

  const onSizeChange = (value: string) => {
    setSize(value);
    setUserTraits({ preferred_size: value, size_set_at: Date.now() });
  };

  if (!user) return <p>Please sign in.</p>;

  return (
    <section>
      <label>
        <input type="checkbox" checked={newsletter} onChange={(e) => onNewsletterChange(e.target.checked)} />
        Send me the weekly drop
      </label>
      <select value={size} onChange={(e) => onSizeChange(e.target.value)}>
        {SIZE_OPTIONS.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
    </section>
  );
}
