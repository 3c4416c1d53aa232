import { identifyUser, setTraits, track } from '../telemetry.js';

const STEPS = ['welcome', 'import', 'shortcuts', 'done'];

export function startOnboarding() {
  // Trial users get their own id so trial funnels are per person.
  let trialId = window.localStorage.getItem('inkwell.trialId');
  if (!trialId) {
    trialId = crypto.randomUUID();
    window.localStorage.setItem('inkwell.trialId', trialId);
  }
  identifyUser(trialId); // expect: random-identity
  setTraits({ trial_started: new Date().toISOString().slice(0, 10) });

  let index = 0;
  const show = () => {
    const step = STEPS[index];
    window.heap?.trackPageView({ page: `onboarding/${step}` }); // expect: unknown-heap-method
    track('Onboarding Step Viewed', { step, index });
    document.body.dataset.onboarding = step;
  };
  show();

  document.addEventListener('keydown', function onKey(e) {
    if (e.key !== 'Enter') return;
    index += 1;
    if (index >= STEPS.length) {
      document.removeEventListener('keydown', onKey);
      window.localStorage.setItem('inkwell.onboarded', '1');
      track('Onboarding Completed', { steps: STEPS.length });
      return;
    }
    show();
  });
}
