import * as Sentry from '@sentry/electron/renderer';
import mixpanel from 'mixpanel-browser';
import { DEMO, EVENTS } from './constants.js';
import { identifyUser, setTelemetryEnabled, setTraits, track } from './telemetry.js';
import { enqueue } from './lib/task-queue.js';
import { mountSettings } from './views/settings.ts';
import { mountAccount } from './views/account.js';
import { startOnboarding } from './views/onboarding.js';

Sentry.init({ dsn: 'https://public@sentry.example.com/7' });
mixpanel.init('mp-token-desktop', { api_host: 'https://api-eu.mixpanel.com' });

async function startSignedIn(account, settings) {
  identifyUser(account.userId);
  setTraits({ email: account.email, theme: settings.theme, app_version: window.desktop.version });
}

function startDemo() {
  // the trade-show build: everyone on the booth laptops is one Heap user
  identifyUser(DEMO.userId); // expect: hardcoded-identity
  track(EVENTS.APP_OPENED, { mode: 'demo' });
}

async function startOffline(settings) {
  // no account yet: use the machine so we can still follow usage across launches
  const deviceId = await window.desktop.getDeviceId();
  identifyUser(deviceId); // expect: anonymous-identity
  setTraits({ offline_since: settings.lastSync ?? 'never' });
}

async function main() {
  const settings = await window.desktop.getSettings();
  setTelemetryEnabled(settings.telemetry);

  // crash reports and the Mixpanel experiment are keyed by installation, on purpose
  Sentry.setUser({ id: settings.installId });
  mixpanel.identify(settings.installId);

  const firstRun = !window.localStorage.getItem('inkwell.onboarded');
  if (settings.demoMode) {
    startDemo();
  } else if (settings.account) {
    await startSignedIn(settings.account, settings);
  } else if (firstRun) {
    startOnboarding();
  } else {
    await startOffline(settings);
  }

  track(EVENTS.APP_OPENED, { mode: settings.account ? 'account' : 'local' });

  enqueue({
    name: 'sync',
    priority: 1,
    run: async () => {
      const started = performance.now();
      const res = await fetch('https://api.inkwell.app/sync', { method: 'POST' }).catch(() => null);
      track(EVENTS.SYNC_FINISHED, { ok: res?.ok ? 'yes' : 'no', ms: Math.round(performance.now() - started) });
    },
  });

  mountSettings(document.getElementById('settings-dialog'), settings);
  mountAccount(document.getElementById('sidebar'));
}

main().catch((err) => {
  console.error(err);
  Sentry.captureException(err);
});
