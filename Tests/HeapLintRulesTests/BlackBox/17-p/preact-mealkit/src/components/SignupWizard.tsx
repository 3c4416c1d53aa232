import { useSignal } from '@preact/signals';
import { api } from '../lib/api';
import { identifyCustomer, trackEvent } from '../analytics/heap';
import { ANALYTICS } from '../analytics/constants';
import { currentCustomer, toCustomer, type CustomerJson } from '../state/session';

export function SignupWizard() {
  const step = useSignal<1 | 2>(1);
  const email = useSignal('');
  const firstName = useSignal('');
  const password = useSignal('');
  const plan = useSignal<'classic' | 'veggie' | 'family'>('classic');
  const error = useSignal<string | null>(null);

  async function submitAccount(event: Event) {
    event.preventDefault();
    const normalized = email.value.trim().toLowerCase();
    // identify early so the signup funnel is attributed even if the API call fails
    identifyCustomer(normalized);
    try {
      const created = await api.post<CustomerJson>('/api/customers', {
        email: normalized,
        first_name: firstName.value,
        password: password.value,
        plan: plan.value,
      });
      const customer = toCustomer(created);
      currentCustomer.value = customer;
      identifyCustomer(customer.id); // expect: conflicting-identities
      trackEvent(ANALYTICS.EVENTS.SIGNUP_COMPLETED, { plan: customer.plan });
      step.value = 2;
    } catch (err) {
      error.value = err instanceof Error ? err.message : 'Signup failed';
    }
  }

  if (step.value === 2) {
    return <p>Welcome, {firstName.value}! Your first box ships next week.</p>;
  }

  return (
    <form onSubmit={submitAccount} class="signup">
      <input type="email" required placeholder="Email" value={email} onInput={(e) => (email.value = e.currentTarget.value)} />
      <input required placeholder="First name" value={firstName} onInput={(e) => (firstName.value = e.currentTarget.value)} />
      <input type="password" required minLength={10} value={password} onInput={(e) => (password.value = e.currentTarget.value)} />
      <select value={plan} onChange={(e) => (plan.value = e.currentTarget.value as typeof plan.value)}>
        <option value="classic">Classic</option>
        <option value="veggie">Veggie</option>
        <option value="family">Family</option>
      </select>
      <button type="submit">Create account</button>
      {error.value && <p role="alert">{error.value}</p>}
    </form>
  );
}
