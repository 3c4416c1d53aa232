class CartDrawer extends HTMLElement {
  constructor() {
    super();
    this.cartTotal = 0;
    this.addEventListener('keyup', (evt) => evt.code === 'Escape' && this.close());
    document.addEventListener('cart:item-added', (evt) => this.onItemAdded(evt.detail));
  }

  open() {
    this.classList.add('active');
    document.body.classList.add('overflow-hidden');
    if (window.heap) window.heap.track('Cart Drawer Opened', { items: this.querySelectorAll('.cart-item').length });
  }

  close() {
    this.classList.remove('active');
    document.body.classList.remove('overflow-hidden');
  }

  async onItemAdded(item) {
    const cart = await fetch(`${window.Shopify.routes.root}cart.js`).then((res) => res.json());
    this.cartTotal = cart.total_price;
    this.renderContents(cart);

    if (window.heap) {
      window.heap.track('Add To Cart', {
        product_id: item.product_id,
        variant_id: item.variant_id,
        price: item.price / 100,
        quantity: item.quantity,
      });
      window.heap.addUserProperty('Last Cart Value', this.cartTotal / 100); // expect: unknown-heap-method
    }
    this.open();
  }

  renderContents(cart) {
    this.querySelector('.drawer__count').textContent = cart.item_count;
  }
}

customElements.define('cart-drawer', CartDrawer);
