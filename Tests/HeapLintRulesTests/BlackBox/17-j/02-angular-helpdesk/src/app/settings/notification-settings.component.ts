import { Component } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { AnalyticsService } from '../analytics/analytics.service';

@Component({
  selector: 'hd-notification-settings',
  templateUrl: './notification-settings.component.html',
})
export class NotificationSettingsComponent {
  readonly form = this.fb.nonNullable.group({
    channels: [[] as string[]],
    dailyDigest: [true],
    quietHoursStart: [22],
  });

  constructor(private fb: FormBuilder, private analytics: AnalyticsService) {}

  save(): void {
    const { channels, dailyDigest, quietHoursStart } = this.form.getRawValue();
    this.persist(channels, dailyDigest, quietHoursStart);
  }

  private persist(channels: string[], digest: boolean, quietFrom: number): void {
    this.analytics.setUserProperties({
      notificationChannels: channels.join(','),
      dailyDigest: digest, // expect: user-property-value
      quietHoursFrom: quietFrom,
    });
    this.analytics.track('Notification Settings Saved', { channelCount: channels.length });
  }
}
