import { Analytics, analytics } from './analytics';

export async function submitSignup(form: HTMLFormElement) {
  const data = new FormData(form);
  const email = String(data.get('email'));
  const res = await fetch('/api/signup', { method: 'POST', body: data });
  if (!res.ok) {
    Analytics.identify(crypto.randomUUID()); // expect: random-identity
    analytics.track('Signup Failed', { status: res.status });
    return;
  }
  const body: { userId: string } = await res.json();
  analytics.identify(email);
  analytics.setUserProperties({ signup_source: form.dataset.source ?? 'web' });
}

export function identifyReturningUser(userId: string) {
  Analytics.identify(userId);
}
