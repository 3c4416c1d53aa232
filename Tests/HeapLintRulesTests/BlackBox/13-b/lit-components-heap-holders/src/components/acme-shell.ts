import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';

interface ShellUser {
  email: string;
  plan: string;
}

@customElement('acme-shell')
export class AcmeShell extends LitElement {
  @property({ attribute: false }) user?: ShellUser;

  private get heap() {
    return (window as any).heap;
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('user') && this.user) {
      this.heap.identify(this.user.email);
      this.heap.addUserProperties({ plan: this.user.plan });
    }
  }

  private onLogout(): void {
    this.heap.identify(); // expect: identity-type
    this.dispatchEvent(new CustomEvent('logout', { bubbles: true, composed: true }));
  }

  render() {
    return html`<header><slot name="nav"></slot><button @click=${this.onLogout}>Log out</button></header><slot></slot>`;
  }
}
