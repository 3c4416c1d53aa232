import { useState } from 'react';
import axios from 'axios';
import { trackEvent } from '../../analytics/heap';
import { EVENTS } from '../../constants/analytics';

export default function SettingsPage({ initial }) {
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);

  const onSave = async (event) => {
    event.preventDefault();
    setSaving(true);
    try {
      await axios.put('/api/me/preferences', values);
      window.heap?.addUserProperties({
        theme: values.theme,
        locale: values.locale ?? 'en-US',
        notifications: { email: values.emailDigest, push: values.push }, // expect: user-property-value
        units: values.metric ? 'metric' : 'imperial',
      });
      trackEvent(EVENTS.PREFERENCES_SAVED, { theme: values.theme });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={onSave}>
      <select value={values.theme} onChange={(e) => setValues({ ...values, theme: e.target.value })}>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <label>
        <input
          type="checkbox"
          checked={values.emailDigest}
          onChange={(e) => setValues({ ...values, emailDigest: e.target.checked })}
        />
        Weekly digest
      </label>
      <button type="submit" disabled={saving}>
        Save
      </button>
    </form>
  );
}
