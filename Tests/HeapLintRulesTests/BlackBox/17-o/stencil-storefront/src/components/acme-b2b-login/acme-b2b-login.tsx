import { Component, State, h } from '@stencil/core';
import { analytics } from '../../utils/analytics';

interface BuyerSession {
  buyerId: string;
  buyerEmail: string;
  accountId: string;
  accountName: string;
  role: 'buyer' | 'approver' | 'admin';
  priceList: string;
}

async function signIn(email: string, password: string): Promise<BuyerSession> {
  const res = await fetch('/apps/b2b/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status === 401) throw new Error('invalid');
  if (!res.ok) throw new Error(`b2b session failed: ${res.status}`);
  return res.json();
}

@Component({
  tag: 'acme-b2b-login',
  styleUrl: 'acme-b2b-login.css',
  shadow: true,
})
export class AcmeB2bLogin {
  @State() email = '';
  @State() password = '';
  @State() error?: string;

  private async onLoggedIn(session: BuyerSession) {
    // Wholesale orders are placed by several buyers of the same company
    analytics.identifyShopper(session.accountId); // expect: non-unique-identity
    analytics.traits({ buyer_role: session.role, price_list: session.priceList });
    analytics.accountTraits({ company_name: session.accountName, price_list: session.priceList });
    analytics.track('B2B Signed In', { role: session.role });
    window.location.assign('/pages/wholesale');
  }

  private submit = async (ev: Event) => {
    ev.preventDefault();
    this.error = undefined;
    try {
      await this.onLoggedIn(await signIn(this.email, this.password));
    } catch (err) {
      this.error = (err as Error).message === 'invalid' ? 'Wrong email or password.' : 'Please try again in a minute.';
    }
  };

  render() {
    return (
      <form onSubmit={this.submit}>
        <h2>Wholesale sign in</h2>
        <input type="email" placeholder="Work email" value={this.email} onInput={(e) => (this.email = (e.target as HTMLInputElement).value)} />
        <input type="password" placeholder="Password" value={this.password} onInput={(e) => (this.password = (e.target as HTMLInputElement).value)} />
        {this.error && <p class="error">{this.error}</p>}
        <button type="submit">Sign in</button>
      </form>
    );
  }
}
