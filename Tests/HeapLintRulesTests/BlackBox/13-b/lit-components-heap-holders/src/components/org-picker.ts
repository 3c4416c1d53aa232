import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

interface Org {
  id: string;
  name: string;
}

@customElement('org-picker')
export class OrgPicker extends LitElement {
  @property({ attribute: false }) orgs: Org[] = [];
  @state() private selected?: Org;

  private readonly analytics = { heap: (window as any).heap };

  private choose(org: Org): void {
    this.selected = org;
    this.analytics.heap.addUserProperties({ orgCount: this.orgs.length });
    this.analytics.heap.identify(org.name); // expect: non-unique-identity
  }

  render() {
    return html`<ul>${this.orgs.map((o) => html`<li @click=${() => this.choose(o)}>${o.name}</li>`)}</ul>`;
  }
}
