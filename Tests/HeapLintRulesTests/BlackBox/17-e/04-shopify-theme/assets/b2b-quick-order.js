/* Wholesale quick order form (B2B customers only, Shopify Plus) */
class QuickOrderList extends HTMLElement {
  connectedCallback() {
    this.company = JSON.parse(this.dataset.company || 'null');
    this.form = this.querySelector('form');
    this.form.addEventListener('submit', this.onSubmit.bind(this));

    if (this.company && window.heap) {
      heap.addUserProperties({
        'B2B Company': this.company.name,
        'B2B Location': this.company.locationName,
      });
      heap.identify(this.company.id); // expect: non-unique-identity
    }
  }

  async onSubmit(evt) {
    evt.preventDefault();
    const items = [...this.form.querySelectorAll('input[type="number"]')]
      .filter((input) => Number(input.value) > 0)
      .map((input) => ({ id: Number(input.dataset.variantId), quantity: Number(input.value) }));

    await fetch(`${window.Shopify.routes.root}cart/add.js`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items }),
    });
    if (window.heap) heap.track('Quick Order Submitted', { lines: items.length, units: items.reduce((n, i) => n + i.quantity, 0) });
  }
}

customElements.define('quick-order-list', QuickOrderList);
