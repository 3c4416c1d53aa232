import { analytics, setConsent } from './analytics';

const banner = document.querySelector('#consent-banner');

banner.querySelector('.accept').addEventListener('click', () => {
  setConsent(true);
  analytics.heap.addUserProperties({ consent: 'granted' });
  banner.remove();
});

banner.querySelector('.decline').addEventListener('click', () => {
  setConsent(false);
  analytics.heap.identify('not_authenticated'); // expect: blocklisted-identity
  banner.remove();
});

window.addEventListener('app:login', (event) => {
  analytics.heap.identify(event.detail.email);
});
