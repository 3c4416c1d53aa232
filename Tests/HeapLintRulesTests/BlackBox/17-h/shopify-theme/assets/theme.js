/* Harbor & Pine theme: cart drawer, product form, customer forms. */

function fetchConfig(type = 'json') {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: `application/${type}` },
  };
}

function formatMoney(cents) {
  return (cents / 100).toLocaleString(document.documentElement.lang, {
    style: 'currency',
    currency: window.Shopify?.currency?.active || 'USD',
  });
}

class CartDrawer extends HTMLElement {
  connectedCallback() {
    document.addEventListener('cart:updated', () => this.refresh());
    this.addEventListener('click', (event) => {
      if (event.target.closest('[data-cart-close]')) this.close();
    });
  }

  open() {
    this.classList.add('active');
    document.body.classList.add('overflow-hidden');
    window.heap?.track('Cart Drawer Opened');
  }

  close() {
    this.classList.remove('active');
    document.body.classList.remove('overflow-hidden');
  }

  async refresh() {
    const cart = await fetch(`${window.routes.cart_url}.js`).then((res) => res.json());
    this.classList.toggle('is-empty', cart.item_count === 0);
    this.querySelector('[data-cart-total]')?.replaceChildren(formatMoney(cart.total_price));

    if (window.heap) {
      window.heap.addUserProperties({
        cart_value: cart.total_price / 100,
        cart_item_count: cart.item_count,
        cart_skus: cart.items.map((item) => item.sku), // expect: user-property-value
      });
    }
  }
}
customElements.define('cart-drawer', CartDrawer);

class ProductForm {
  constructor(form) {
    this.form = form;
    this.submitButton = form.querySelector('[type="submit"]');
    form.addEventListener('submit', (event) => this.onSubmit(event));
  }

  async onSubmit(event) {
    event.preventDefault();
    this.submitButton.setAttribute('aria-disabled', 'true');
    const config = fetchConfig('javascript');
    config.headers['X-Requested-With'] = 'XMLHttpRequest';
    delete config.headers['Content-Type'];
    config.body = new FormData(this.form);

    try {
      const item = await fetch(`${window.routes.cart_add_url}.js`, config).then((res) => res.json());
      if (item.status) throw new Error(item.description);
      window.heap?.track('Added to Cart', {
        product_id: String(item.product_id),
        variant_id: String(item.variant_id),
        price: item.final_price / 100,
        quantity: item.quantity,
      });
      window.ShopifyAnalytics?.lib?.track('Added Product', { id: item.variant_id });
      document.dispatchEvent(new CustomEvent('cart:updated'));
      document.querySelector('cart-drawer')?.open();
    } catch (error) {
      window.heap?.track('Add to Cart Failed', { reason: error.message.slice(0, 80) });
    } finally {
      this.submitButton.removeAttribute('aria-disabled');
    }
  }
}

document.querySelectorAll('form[data-product-form]').forEach((form) => new ProductForm(form));

/* ---------- customer accounts ---------- */
const loginForm = document.getElementById('customer_login');
loginForm?.addEventListener('submit', () => {
  const email = loginForm.querySelector('[name="customer[email]"]').value.trim().toLowerCase();
  if (email && window.heap) {
    window.heap.identify(email);
    window.heap.track('Customer Login Submitted');
  }
});

const registerForm = document.getElementById('create_customer');
registerForm?.addEventListener('submit', () => {
  const newEmail = registerForm.querySelector('[name="customer[email]"]').value.trim().toLowerCase();
  const marketing = registerForm.querySelector('[name="customer[accepts_marketing]"]').checked;
  if (newEmail && window.heap) {
    window.heap.identify(newEmail);
    window.heap.addUserProperties({ signup_source: 'account_page', accepts_marketing: marketing ? 'yes' : 'no' });
  }
});

/* ---------- footer newsletter ---------- */
document.querySelectorAll('form.newsletter-form').forEach((form) => {
  form.addEventListener('submit', () => {
    const email = form.querySelector('input[type="email"]')?.value.trim().toLowerCase();
    if (!email || !window.heap) return;
    window.heap.identify(email);
    window.heap.addUserProperties({ newsletter_opt_in: true, newsletter_source: form.dataset.source || 'footer' }); // expect: user-property-value
    window.amplitude?.track('Newsletter Signup', { source: form.dataset.source || 'footer' });
  });
});

/* ---------- log out link clears analytics identities ---------- */
document.querySelectorAll('a[href$="/account/logout"]').forEach((link) => {
  link.addEventListener('click', () => {
    window.heap?.resetIdentity();
    window.amplitude?.reset();
  });
});
