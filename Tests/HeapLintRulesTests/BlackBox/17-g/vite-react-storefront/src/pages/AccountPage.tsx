import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { resetPosthog } from '../lib/posthog';

interface Preferences {
  favoriteCategory: string;
  newsletter: boolean;
  smsAlerts: boolean;
}

export default function AccountPage() {
  const { user, signOut } = useAuth();
  const { setTraits, track, reset } = useAnalytics();
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const navigate = useNavigate();

  useEffect(() => {
    api.get<Preferences>('/me/preferences').then(setPrefs);
  }, []);

  async function savePreferences(next: Preferences) {
    const saved = await api.put<Preferences>('/me/preferences', next);
    setPrefs(saved);
    setTraits({
      preferred_category: saved.favoriteCategory,
      newsletter: saved.newsletter ? 'subscribed' : 'unsubscribed',
      preferences_updated_at: new Date(), // expect: user-property-value
    });
    track('Preferences Saved', { category: saved.favoriteCategory });
  }

  async function logout() {
    track('Signed Out');
    reset();
    resetPosthog();
    await signOut();
    navigate('/');
  }

  if (!user || !prefs) return null;

  return (
    <section className="account">
      <h1>Hi {user.firstName}</h1>
      <label>
        Favourite category
        <select
          value={prefs.favoriteCategory}
          onChange={(e) => savePreferences({ ...prefs, favoriteCategory: e.target.value })}
        >
          <option value="kitchen">Kitchen</option>
          <option value="bath">Bath</option>
          <option value="garden">Garden</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={prefs.newsletter}
          onChange={(e) => savePreferences({ ...prefs, newsletter: e.target.checked })}
        />
        Weekly newsletter
      </label>
      <button onClick={logout}>Sign out</button>
    </section>
  );
}
