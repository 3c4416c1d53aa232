import { setTraits, track, setTelemetryEnabled } from '../telemetry.js';
import { EVENTS } from '../constants.js';

interface AppSettings {
  theme: 'light' | 'dark' | 'system';
  autoUpdate: boolean;
  telemetry: boolean;
  fontSize: number;
  lastSync: string | null;
}

type Patch = Partial<AppSettings>;

async function save(patch: Patch): Promise<AppSettings> {
  return (await (window as any).desktop.updateSettings(patch)) as AppSettings;
}

function reportPreferences(settings: AppSettings) {
  setTraits({
    theme: settings.theme,
    font_size: settings.fontSize,
    auto_update: settings.autoUpdate, // expect: user-property-value
  });
}

export function mountSettings(dialog: HTMLDialogElement | null, initial: AppSettings): void {
  if (!dialog) return;
  let current = initial;

  dialog.addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const key = input.name as keyof AppSettings;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    current = await save({ [key]: value } as Patch);

    if (key === 'telemetry') {
      setTelemetryEnabled(current.telemetry);
      return;
    }
    track(EVENTS.SETTINGS_CHANGED, { setting: key });
    reportPreferences(current);
  });

  dialog.querySelector('#sync-now')?.addEventListener('click', async () => {
    const res = await fetch('https://api.inkwell.app/sync', { method: 'POST' });
    if (!res.ok) return;
    current = await save({ lastSync: new Date().toISOString() });
    setTraits({
      last_sync: new Date(), // expect: user-property-value
      sync_source: 'manual',
    });
  });
}
