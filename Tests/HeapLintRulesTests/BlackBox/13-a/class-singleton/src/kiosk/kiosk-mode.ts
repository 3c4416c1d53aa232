import { analytics } from '../analytics';

const IDLE_MS = 120_000;

export function enterKioskMode(screen: HTMLElement) {
  screen.classList.add('kiosk');
  analytics.identify('kiosk'); // expect: hardcoded-identity
  analytics.track('Kiosk Mode Entered', { idle_ms: IDLE_MS });
}
