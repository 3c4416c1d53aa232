import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { identifyCustomer, trackEvent } from '../analytics/heap';
import { ANALYTICS } from '../analytics/constants';

/**
 * Tablet mode used at farmers' market stands: staff walk visitors through the
 * menu, nobody signs in. `?stand=` says which market the tablet is at.
 */
export function DemoKiosk() {
  const stand = useSignal(new URLSearchParams(location.search).get('stand') ?? 'unknown-stand');
  const idleTimer = useSignal<number | undefined>(undefined);

  useEffect(() => {
    identifyCustomer(ANALYTICS.DEMO_CUSTOMER); // expect: hardcoded-identity
    trackEvent(ANALYTICS.EVENTS.KIOSK_STARTED, { stand: stand.value });
    const reset = () => {
      window.clearTimeout(idleTimer.value);
      idleTimer.value = window.setTimeout(() => location.reload(), 120_000);
    };
    window.addEventListener('pointerdown', reset);
    reset();
    return () => window.removeEventListener('pointerdown', reset);
  }, []);

  return (
    <section class="kiosk">
      <h1>This week at Harvest Box</h1>
      <p>Ask our team for a free recipe card at the {stand.value} stand.</p>
    </section>
  );
}
