import tracker from './lib/HeapTracker';

// Fired by the cookie banner (Klaro) after the visitor saves their choices.
window.addEventListener('consent:updated', (event) => {
  const { marketing } = event.detail;
  if (marketing) {
    tracker.setProperties({ marketing_consent: 'granted' });
  } else {
    tracker.clearConsent();
  }
  tracker.track('Consent Updated', { marketing: marketing ? 'granted' : 'denied' });
  window.analytics?.track('Consent Updated', { marketing });
});
