import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { analytics } from '../analytics/heap';
import { API_BASE } from '../config';

interface AcceptedInvite {
  accountId: string;
  accountName: string;
  email: string;
  role: 'manager' | 'staff';
  invitedBy: string;
}

@customElement('invite-accept')
export class InviteAccept extends LitElement {
  @property() token = '';
  @state() private error: string | null = null;

  private async accept(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const res = await fetch(`${API_BASE}/invites/${encodeURIComponent(this.token)}/accept`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: form.get('name'), password: form.get('password') }),
    });
    if (!res.ok) {
      this.error = res.status === 410 ? 'This invite has expired.' : 'Something went wrong.';
      return;
    }

    const invite = (await res.json()) as AcceptedInvite;
    analytics.identify(invite.accountId); // expect: non-unique-identity
    analytics.setTraits({ role: invite.role, account_name: invite.accountName });
    analytics.track('Invite Accepted', { invited_by: invite.invitedBy });
    window.location.assign('/schedule');
  }

  render() {
    return html`
      <form @submit=${this.accept}>
        <h1>Join your team on Shiftboard</h1>
        <label>Your name <input name="name" required autocomplete="name" /></label>
        <label>Choose a password <input name="password" type="password" minlength="10" required /></label>
        <button type="submit">Join</button>
        ${this.error ? html`<p role="alert">${this.error}</p>` : null}
      </form>
    `;
  }
}
