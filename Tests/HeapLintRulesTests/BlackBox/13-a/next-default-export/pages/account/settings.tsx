import { useState } from 'react';
import tracking from '../../lib/tracking';

interface Settings {
  timezone: string;
  twoFactorEnabled: boolean;
  digestFrequency: 'daily' | 'weekly' | 'never';
}

export default function SettingsPage({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);

  async function save() {
    await fetch('/api/settings', { method: 'PUT', body: JSON.stringify(settings) });
    tracking.setTraits({ timezone: settings.timezone, digest: settings.digestFrequency });
    tracking.setTraits({ two_factor: settings.twoFactorEnabled === true }); // expect: user-property-value
  }

  return (
    <section>
      <label>
        Two-factor authentication
        <input
          type="checkbox"
          checked={settings.twoFactorEnabled}
          onChange={(e) => setSettings({ ...settings, twoFactorEnabled: e.target.checked })}
        />
      </label>
      <button onClick={save}>Save</button>
    </section>
  );
}
