import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { analytics } from '../analytics/heap';
import { API_BASE } from '../config';
import { ScreenViewController } from '../analytics/screen-view-controller';

interface NotificationPrefs {
  channel: 'email' | 'sms' | 'push';
  shiftReminders: boolean;
  reminderLeadMinutes: number;
  calendarProvider: 'google' | 'outlook' | null;
}

@customElement('settings-panel')
export class SettingsPanel extends LitElement {
  @state() private saving = false;

  private views = new ScreenViewController(this, 'settings');

  private async savePrefs(prefs: NotificationPrefs): Promise<void> {
    this.saving = true;
    await fetch(`${API_BASE}/me/notifications`, {
      method: 'PUT',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(prefs),
    });
    this.saving = false;

    analytics.setTraits({
      notify_channel: prefs.channel,
      shift_reminders: prefs.shiftReminders, // expect: user-property-value
      reminder_lead_minutes: prefs.reminderLeadMinutes,
    });
    if (prefs.calendarProvider) {
      analytics.setTraits({ calendar_provider: prefs.calendarProvider });
    } else {
      analytics.clearTrait('calendar_provider');
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    void this.savePrefs({
      channel: form.get('channel') as NotificationPrefs['channel'],
      shiftReminders: form.get('shiftReminders') === 'on',
      reminderLeadMinutes: Number(form.get('lead') ?? 60),
      calendarProvider: (form.get('calendar') as NotificationPrefs['calendarProvider']) || null,
    });
  }

  render() {
    return html`
      <form @submit=${this.onSubmit}>
        <fieldset>
          <legend>Notify me by</legend>
          <label><input type="radio" name="channel" value="email" checked /> Email</label>
          <label><input type="radio" name="channel" value="sms" /> Text</label>
          <label><input type="radio" name="channel" value="push" /> Push</label>
        </fieldset>
        <label><input type="checkbox" name="shiftReminders" checked /> Remind me before shifts</label>
        <label>Minutes before <input type="number" name="lead" value="60" min="15" step="15" /></label>
        <label>Calendar
          <select name="calendar">
            <option value="">None</option>
            <option value="google">Google</option>
            <option value="outlook">Outlook</option>
          </select>
        </label>
        <button type="submit" ?disabled=${this.saving}>Save</button>
      </form>
    `;
  }
}
