import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { nanoid } from 'nanoid';
import { analytics } from '../analytics/heap';
import { API_BASE } from '../config';

interface PublishedShift {
  id: string;
  staffName: string;
  role: string;
  startsAt: string;
  endsAt: string;
}

const VIEWER_KEY = 'shiftboard.viewerKey';

// Read-only schedule behind a share link: staff open it without an account.
@customElement('shared-schedule')
export class SharedSchedule extends LitElement {
  @property() shareId = '';
  @state() private shifts: PublishedShift[] = [];

  connectedCallback(): void {
    super.connectedCallback();
    // So the schedule-views report counts people, not page loads.
    const viewerKey = localStorage.getItem(VIEWER_KEY) ?? nanoid();
    localStorage.setItem(VIEWER_KEY, viewerKey);
    analytics.identify(viewerKey); // expect: random-identity
    void this.load();
  }

  private async load(): Promise<void> {
    const res = await fetch(`${API_BASE}/share/${encodeURIComponent(this.shareId)}`);
    this.shifts = res.ok ? ((await res.json()) as PublishedShift[]) : [];
    analytics.track('Shared Schedule Opened', { share_id: this.shareId, shifts: this.shifts.length });
  }

  render() {
    return html`
      <ol>
        ${this.shifts.map(
          (s) => html`<li>${s.staffName} · ${s.role} · ${new Date(s.startsAt).toLocaleString()}–${new Date(s.endsAt).toLocaleTimeString()}</li>`,
        )}
      </ol>
    `;
  }
}
