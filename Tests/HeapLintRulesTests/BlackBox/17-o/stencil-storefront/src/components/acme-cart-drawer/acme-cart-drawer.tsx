import { Component, Listen, Method, State, h } from '@stencil/core';
import { analytics } from '../../utils/analytics';

interface CartLine {
  key: string;
  title: string;
  quantity: number;
  priceCents: number;
  sellingPlan?: string;
}

interface CartSummary {
  itemCount: number;
  subtotalCents: number;
  currency: string;
  hasSubscriptionItem: boolean;
}

function summarize(lines: CartLine[], currency: string): CartSummary {
  return {
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalCents: lines.reduce((n, l) => n + l.quantity * l.priceCents, 0),
    currency,
    hasSubscriptionItem: lines.some((l) => !!l.sellingPlan),
  };
}

@Component({
  tag: 'acme-cart-drawer',
  styleUrl: 'acme-cart-drawer.css',
  shadow: true,
})
export class AcmeCartDrawer {
  @State() open = false;
  @State() lines: CartLine[] = [];
  @State() currency = 'USD';

  @Method()
  async show() {
    await this.refresh();
    this.open = true;
    analytics.track('Cart Opened', { items: this.lines.length });
  }

  @Listen('acmeCartChanged', { target: 'window' })
  async onCartChanged() {
    await this.refresh();
    this.syncCartTraits(summarize(this.lines, this.currency));
  }

  private async refresh() {
    const res = await fetch('/cart.js', { headers: { accept: 'application/json' } });
    const cart = await res.json();
    this.currency = cart.currency;
    this.lines = cart.items.map((i: any) => ({
      key: i.key,
      title: i.product_title,
      quantity: i.quantity,
      priceCents: i.final_price,
      sellingPlan: i.selling_plan_allocation?.selling_plan?.name,
    }));
  }

  private syncCartTraits(summary: CartSummary) {
    analytics.traits({
      cart_items: summary.itemCount,
      cart_value_cents: summary.subtotalCents,
      cart_currency: summary.currency,
      cart_has_subscription: summary.hasSubscriptionItem, // expect: user-property-value
    });
  }

  render() {
    return (
      <aside class={{ drawer: true, open: this.open }}>
        <button type="button" class="close" onClick={() => (this.open = false)}>×</button>
        <ul>
          {this.lines.map((l) => (
            <li key={l.key}>
              {l.title} × {l.quantity}
              {l.sellingPlan && <small> · {l.sellingPlan}</small>}
            </li>
          ))}
        </ul>
        <a class="checkout" href="/checkout" onClick={() => analytics.track('Checkout Started', { items: this.lines.length })}>
          Checkout
        </a>
      </aside>
    );
  }
}
