import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { Router } from '@lit-labs/router';
import * as Sentry from '@sentry/browser';
import { analytics } from '../analytics/heap';
import { type AuthState, refreshSession, rememberedEmail, signOut } from '../auth/session';

@customElement('app-shell')
export class AppShell extends LitElement {
  static styles = css`
    :host { display: grid; grid-template-rows: auto 1fr; min-height: 100vh; }
    header { display: flex; gap: 1rem; align-items: center; padding: 0.75rem 1.25rem; }
  `;

  @state() private auth: AuthState = { status: 'loading' };

  private router = new Router(this, [
    { path: '/', render: () => html`<demo-launcher source="home"></demo-launcher>` },
    { path: '/invite/:token', render: ({ token }) => html`<invite-accept .token=${token ?? ''}></invite-accept>` },
    { path: '/s/:shareId', render: ({ shareId }) => html`<shared-schedule .shareId=${shareId ?? ''}></shared-schedule>` },
    { path: '/settings', render: () => html`<settings-panel></settings-panel>` },
    { path: '/profile/skills', render: () => html`<skills-editor></skills-editor>` },
  ]);

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('auth-changed', this.onAuthChanged as EventListener);
  }

  disconnectedCallback(): void {
    window.removeEventListener('auth-changed', this.onAuthChanged as EventListener);
    super.disconnectedCallback();
  }

  protected firstUpdated(): void {
    // Returning members: identify before /api/me answers so the first events count.
    analytics.identify(rememberedEmail()); // expect: blocklisted-identity
    void refreshSession();
  }

  private onAuthChanged = (event: CustomEvent<AuthState>): void => {
    this.auth = event.detail;
    if (event.detail.status !== 'signed-in') {
      Sentry.setUser(null);
      return;
    }
    const { user } = event.detail;
    Sentry.setUser({ id: user.id, email: user.email });
    analytics.identify(user.email);
    analytics.setTraits({
      role: user.role,
      plan: user.plan,
      location_count: user.locationIds.length,
    });
  };

  render() {
    return html`
      <header>
        <a href="/">Shiftboard</a>
        ${this.auth.status === 'signed-in'
          ? html`<span>${this.auth.user.displayName}</span><button @click=${() => signOut()}>Sign out</button>`
          : html`<a href="/login">Sign in</a>`}
      </header>
      <main>${this.router.outlet()}</main>
      <toast-stack></toast-stack>
    `;
  }
}
