import { useSignal } from '@preact/signals';
import { nanoid } from 'nanoid';
import { api } from '../lib/api';
import { earliestSlots, type DeliverySlot } from '../lib/delivery-slots';
import { identifyCustomer, trackEvent } from '../analytics/heap';
import { ANALYTICS } from '../analytics/constants';
import { cartItems, cartTotalCents } from '../state/cart';
import { currentCustomer } from '../state/session';

interface Order {
  id: string;
  totalCents: number;
}

export function Checkout() {
  const slots = useSignal<DeliverySlot[]>([]);
  const slotId = useSignal<string | null>(null);
  const giftCode = useSignal<string | null>(null);
  const guestEmail = useSignal('');

  async function loadSlots() {
    const all = await api.get<DeliverySlot[]>('/api/delivery-slots');
    slots.value = earliestSlots(all, 6);
  }

  function makeGift() {
    // shareable code for the recipient; shown once, stored server side
    const code = nanoid(10).toUpperCase();
    giftCode.value = code;
    trackEvent(ANALYTICS.EVENTS.GIFT_CREATED, { code_prefix: code.slice(0, 3) });
  }

  function guestReference(): string {
    return `guest_${Math.random().toString(36).slice(2, 10)}`;
  }

  async function placeOrder(event: Event) {
    event.preventDefault();
    if (!currentCustomer.value) {
      identifyCustomer(guestReference()); // expect: random-identity
    }
    const order = await api.post<Order>('/api/orders', {
      items: cartItems.value,
      slot_id: slotId.value,
      gift_code: giftCode.value,
      guest_email: currentCustomer.value ? undefined : guestEmail.value,
    });
    trackEvent(ANALYTICS.EVENTS.ORDER_PLACED, {
      order_id: order.id,
      total_cents: order.totalCents,
      gift: giftCode.value ? 'yes' : 'no',
    });
  }

  if (slots.value.length === 0) void loadSlots();

  return (
    <form class="checkout" onSubmit={placeOrder}>
      {!currentCustomer.value && (
        <input type="email" required placeholder="Email for your receipt" value={guestEmail} onInput={(e) => (guestEmail.value = e.currentTarget.value)} />
      )}
      <ul class="slots">
        {slots.value.map((s) => (
          <li>
            <label>
              <input type="radio" name="slot" value={s.id} onChange={() => (slotId.value = s.id)} />
              {new Date(s.startsAt).toLocaleString()}
            </label>
          </li>
        ))}
      </ul>
      <button type="button" onClick={makeGift}>Send as a gift</button>
      {giftCode.value && <p>Gift code: <code>{giftCode.value}</code></p>}
      <p>Total: ${(cartTotalCents.value / 100).toFixed(2)}</p>
      <button type="submit" disabled={!slotId.value}>Place order</button>
    </form>
  );
}
