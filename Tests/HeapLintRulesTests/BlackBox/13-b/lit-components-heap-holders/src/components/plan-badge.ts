import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('plan-badge')
export class PlanBadge extends LitElement {
  @property() plan = 'free';
  private service: any;

  constructor() {
    super();
    this.service = (window as any).heap || [];
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.service.trackUserProperties({ badgePlan: this.plan }); // expect: unknown-heap-method
  }

  private onUpgradeClick(): void {
    this.service.track('Upgrade Clicked', { from: this.plan });
  }

  render() {
    return html`<span class="badge">${this.plan}</span><a @click=${this.onUpgradeClick} href="/billing">Upgrade</a>`;
  }
}
