import { useAnalytics } from '../../analytics/AnalyticsProvider';
import { savePreferences, type Preferences } from '../../api/preferences';

export function PreferencesPanel({ prefs, onLogout }: { prefs: Preferences; onLogout: () => void }) {
  const { setUserProps, reset } = useAnalytics();

  async function handleSave(next: Preferences) {
    await savePreferences(next);
    setUserProps({ theme: next.theme, digestFrequency: next.digestFrequency });
    setUserProps({ newsletter: next.channels.includes('email') }); // expect: user-property-value
  }

  function handleLogout() {
    reset();
    onLogout();
  }

  return (
    <section>
      <h2>Preferences</h2>
      <button onClick={() => handleSave({ ...prefs, theme: prefs.theme === 'dark' ? 'light' : 'dark' })}>
        Toggle theme
      </button>
      <button onClick={handleLogout}>Log out</button>
    </section>
  );
}
