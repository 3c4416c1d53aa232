import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';
import { AnalyticsService } from '../core/analytics/analytics.service';
import { environment } from '../../environments/environment';
import type { WidgetSession } from '../core/models';

/**
 * Powers the customer-facing chat bubble that Relay Desk embeds on
 * customers' sites (built from the same workspace as the agent app).
 */
@Injectable({ providedIn: 'root' })
export class ChatWidgetService {
  private readonly http = inject(HttpClient);
  private readonly analytics = inject(AnalyticsService);
  private session: WidgetSession | null = null;

  async open(pageUrl: string): Promise<WidgetSession> {
    this.session = await firstValueFrom(
      this.http.post<WidgetSession>(`${environment.widgetOrigin}/v1/conversations`, { pageUrl }),
    );
    // tie the chat to the person so we can follow them across pages
    this.analytics.identify(this.session.visitorId); // expect: anonymous-identity
    this.analytics.track('Chat Opened', { page: new URL(pageUrl).pathname });
    return this.session;
  }

  async submitEmail(email: string): Promise<void> {
    if (!this.session) return;
    await firstValueFrom(
      this.http.patch(`${environment.widgetOrigin}/v1/conversations/${this.session.conversationId}`, { email }),
    );
    this.session = { ...this.session, customerEmail: email };
    this.analytics.setAgentProperties({ last_chat_email_captured: 'yes' });
  }
}
