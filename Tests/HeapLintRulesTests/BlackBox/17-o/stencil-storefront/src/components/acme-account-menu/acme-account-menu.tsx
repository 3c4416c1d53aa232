import { Component, Event, EventEmitter, Host, Listen, Prop, State, h } from '@stencil/core';
import { analytics } from '../../utils/analytics';

@Component({
  tag: 'acme-account-menu',
  styleUrl: 'acme-account-menu.css',
  shadow: true,
})
export class AcmeAccountMenu {
  /** Set by the storefront template when a customer is signed in. */
  @Prop() customerEmail?: string;
  @Prop() firstName?: string;
  @Prop() loyaltyTier?: string;
  @Prop() storeCreditCents?: number;

  @State() open = false;
  @State() recognized = false;

  @Event() acmeSignOut!: EventEmitter<void>;

  componentDidLoad() {
    if (!this.customerEmail) return;
    analytics.identifyShopper(this.customerEmail);
    analytics.traits({
      loyalty_tier: this.loyaltyTier ?? 'standard',
      store_credit_cents: this.storeCreditCents ?? 0,
    });
  }

  // Fired by the theme when the remember-me cookie matches a returning shopper who has not
  // signed in yet; the customer record is only fetched after sign-in.
  @Listen('acmeShopperRecognized', { target: 'window' })
  onShopperRecognized() {
    this.recognized = true;
    analytics.identifyShopper(); // expect: hardcoded-identity
    analytics.track('Returning Shopper Recognized');
  }

  private signOut = () => {
    analytics.track('Signed Out');
    analytics.signOut();
    this.acmeSignOut.emit();
  };

  render() {
    return (
      <Host>
        {this.customerEmail ? (
          <div class="menu">
            <button type="button" aria-expanded={this.open ? 'true' : 'false'} onClick={() => (this.open = !this.open)}>
              Hi, {this.firstName ?? 'there'}
            </button>
            {this.open && (
              <ul>
                <li><a href="/account/orders">Orders</a></li>
                <li><a href="/account/addresses">Addresses</a></li>
                <li><button type="button" onClick={this.signOut}>Sign out</button></li>
              </ul>
            )}
          </div>
        ) : (
          <a href="/account/login" class="signin">{this.recognized ? 'Welcome back, sign in' : 'Sign in'}</a>
        )}
      </Host>
    );
  }
}
