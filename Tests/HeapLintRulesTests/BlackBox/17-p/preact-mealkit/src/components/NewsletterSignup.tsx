import { useSignal } from '@preact/signals';
import { api } from '../lib/api';
import { identifyCustomer, trackEvent } from '../analytics/heap';
import { ANALYTICS } from '../analytics/constants';
import { currentCustomer } from '../state/session';

export function NewsletterSignup() {
  const email = useSignal('');
  const status = useSignal<'idle' | 'sending' | 'done' | 'error'>('idle');

  async function subscribe(event: Event) {
    event.preventDefault();
    status.value = 'sending';
    try {
      await api.post('/api/newsletter', { email: email.value, source: 'footer' });
    } catch {
      status.value = 'error';
      return;
    }
    if (!currentCustomer.value) identifyCustomer(email.value.trim().toLowerCase());
    trackEvent(ANALYTICS.EVENTS.NEWSLETTER, { source: 'footer' });
    status.value = 'done';
  }

  if (status.value === 'done') return <p class="newsletter-thanks">Thanks! Check your inbox.</p>;

  return (
    <form class="newsletter" onSubmit={subscribe}>
      <label for="newsletter-email">Recipes in your inbox every Friday</label>
      <input
        id="newsletter-email"
        type="email"
        required
        value={email}
        onInput={(e) => (email.value = e.currentTarget.value)}
      />
      <button type="submit" disabled={status.value === 'sending'}>
        Subscribe
      </button>
      {status.value === 'error' && <p role="alert">Something went wrong, try again.</p>}
    </form>
  );
}
