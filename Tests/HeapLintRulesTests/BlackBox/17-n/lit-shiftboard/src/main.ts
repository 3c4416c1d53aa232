import * as Sentry from '@sentry/browser';
import './components/app-shell';
import './components/demo-launcher';
import './components/invite-accept';
import './components/shared-schedule';
import './components/settings-panel';
import './components/skills-editor';
import './components/toast-stack';
import { analytics } from './analytics/heap';

Sentry.init({
  dsn: import.meta.env.VITE_SENTRY_DSN,
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
});

analytics.tagAllEvents({
  app_release: import.meta.env.VITE_RELEASE ?? 'dev',
  display_mode: window.matchMedia('(display-mode: standalone)').matches ? 'installed' : 'browser',
});
analytics.track('App Booted', { path: location.pathname });
