import { APP_INITIALIZER, Provider } from '@angular/core';
import { AnalyticsService } from '../analytics/analytics.service';
import { environment } from '../../environments/environment';

function bootAnalytics(analytics: AnalyticsService) {
  return () => {
    const kiosk = environment.kioskMode || new URLSearchParams(location.search).has('kiosk');
    if (kiosk) {
      // The lobby tablet is shared by walk-in customers.
      analytics.identify(environment.heap.kioskIdentity); // expect: hardcoded-identity
      analytics.setUserProperties({ deviceType: 'kiosk' });
    }
    analytics.track('Helpdesk Booted', { production: environment.production ? 'yes' : 'no' });
  };
}

export const analyticsInitializer: Provider = {
  provide: APP_INITIALIZER,
  useFactory: bootAnalytics,
  deps: [AnalyticsService],
  multi: true,
};
