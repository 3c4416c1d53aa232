import { setReaderProps, trackDocs } from './analytics';

interface ReaderPrefs {
  languages: string[];
  darkMode: boolean;
  fontScale: number;
  codeTheme: string;
}

const STORAGE_KEY = 'docs_prefs';

const DEFAULTS: ReaderPrefs = { languages: ['typescript'], darkMode: false, fontScale: 1, codeTheme: 'github' };

export function loadPrefs(): ReaderPrefs {
  try {
    return { ...DEFAULTS, ...JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') };
  } catch {
    return DEFAULTS;
  }
}

function syncPrefs(prefs: ReaderPrefs): void {
  setReaderProps({
    preferred_languages: prefs.languages, // expect: user-property-value
    dark_mode: prefs.darkMode, // expect: user-property-value
    font_scale: prefs.fontScale,
    code_theme: prefs.codeTheme,
  });
}

export function initPreferences(form: HTMLFormElement | null): void {
  const prefs = loadPrefs();
  document.documentElement.classList.toggle('dark', prefs.darkMode);
  if (!form) return;

  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next: ReaderPrefs = {
      languages: data.getAll('languages').map(String),
      darkMode: data.get('dark') === 'on',
      fontScale: Number(data.get('font_scale') ?? 1),
      codeTheme: String(data.get('code_theme') ?? 'github'),
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    document.documentElement.classList.toggle('dark', next.darkMode);
    syncPrefs(next);
    trackDocs('Preferences Changed', { languages: next.languages.join(',') });
  });
}
