import * as Sentry from '@sentry/angular';
import { environment } from '../../environments/environment';

export function initErrorReporting(): void {
  if (!environment.sentryDsn) return;
  Sentry.init({ dsn: environment.sentryDsn, tracesSampleRate: 0.1 });
}

export function tagErrorsWithAgent(agent: { id: string; email: string } | null): void {
  Sentry.setUser(agent ? { id: agent.id, email: agent.email } : null);
}
