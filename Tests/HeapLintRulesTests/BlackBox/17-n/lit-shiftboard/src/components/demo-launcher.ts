import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { analytics } from '../analytics/heap';
import { API_BASE, DEMO_WORKSPACE } from '../config';
import { ScreenViewController } from '../analytics/screen-view-controller';

@customElement('demo-launcher')
export class DemoLauncher extends LitElement {
  @property() source = 'unknown';
  @state() private loading = false;

  private views = new ScreenViewController(this, 'demo-launcher');

  private async startDemo(): Promise<void> {
    this.loading = true;
    const res = await fetch(`${API_BASE}/demo/session`, { method: 'POST', credentials: 'include' });
    if (!res.ok) {
      this.loading = false;
      analytics.track('Demo Start Failed', { status: res.status });
      return;
    }
    // Demo visitors act as the demo workspace's owner.
    analytics.identify(DEMO_WORKSPACE.ownerEmail); // expect: hardcoded-identity
    analytics.track('Demo Started', { source: this.source, locations: DEMO_WORKSPACE.locations });
    window.location.assign(`/w/${DEMO_WORKSPACE.slug}/schedule`);
  }

  render() {
    return html`
      <section>
        <h1>Schedules your team actually reads</h1>
        <button ?disabled=${this.loading} @click=${this.startDemo}>Try the demo</button>
        <a href="/signup">Start free</a>
      </section>
    `;
  }
}
