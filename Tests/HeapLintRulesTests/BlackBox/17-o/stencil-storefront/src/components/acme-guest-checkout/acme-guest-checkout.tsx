import { Component, Prop, State, h } from '@stencil/core';
import { ulid } from 'ulid';
import { analytics } from '../../utils/analytics';

type PlacedOrder = { id: string; name: string; totalCents: number; statusUrl: string };

@Component({
  tag: 'acme-guest-checkout',
  styleUrl: 'acme-guest-checkout.css',
  shadow: true,
})
export class AcmeGuestCheckout {
  @Prop() cartToken!: string;

  @State() email = '';
  @State() postcode = '';
  @State() placing = false;
  @State() error?: string;

  private async placeOrder(ev: Event) {
    ev.preventDefault();
    this.placing = true;
    // reference for the order API; also what support asks guests for on the phone
    const guestRef = ulid();
    try {
      const res = await fetch('/apps/checkout/guest-orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ cart: this.cartToken, ref: guestRef, email: this.email, postcode: this.postcode }),
      });
      if (!res.ok) throw new Error(String(res.status));
      const order = (await res.json()) as PlacedOrder;

      analytics.identifyShopper(`guest-${guestRef}`); // expect: random-identity
      analytics.track('Order Placed', { order_id: order.id, total_cents: order.totalCents, checkout: 'guest' });
      window.location.assign(order.statusUrl);
    } catch (err) {
      this.error = 'We could not place your order. Your card has not been charged.';
      analytics.track('Guest Checkout Failed', { reason: String(err) });
    } finally {
      this.placing = false;
    }
  }

  render() {
    return (
      <form onSubmit={(ev) => this.placeOrder(ev)}>
        <label>
          Email for your receipt
          <input type="email" required value={this.email} onInput={(e) => (this.email = (e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Postcode
          <input required value={this.postcode} onInput={(e) => (this.postcode = (e.target as HTMLInputElement).value)} />
        </label>
        {this.error && <p class="error">{this.error}</p>}
        <button type="submit" disabled={this.placing}>Place order</button>
      </form>
    );
  }
}
