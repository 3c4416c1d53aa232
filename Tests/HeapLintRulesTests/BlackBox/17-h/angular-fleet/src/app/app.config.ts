import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { APP_INITIALIZER, ApplicationConfig, inject } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { AuthStore } from './core/auth/auth.store';
import { MixpanelService } from './core/analytics/mixpanel.service';
import { authInterceptor } from './core/auth/auth.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    {
      provide: APP_INITIALIZER,
      multi: true,
      useFactory: () => {
        const auth = inject(AuthStore);
        const mixpanel = inject(MixpanelService);
        return () => {
          mixpanel.init((window as unknown as { MIXPANEL_TOKEN?: string }).MIXPANEL_TOKEN ?? '');
          return auth.restoreSession();
        };
      },
    },
  ],
};
