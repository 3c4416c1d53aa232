import { Component, DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { HeapAnalyticsService } from './core/analytics/heap-analytics.service';
import { AuthStore } from './core/auth/auth.store';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [RouterOutlet],
  template: `
    <header class="toolbar">
      <span>Fleetline</span>
      @if (auth.isSignedIn()) {
        <button type="button" (click)="auth.logout()">Sign out</button>
      }
    </header>
    <router-outlet />
  `,
})
export class AppComponent {
  protected readonly auth = inject(AuthStore);
  private readonly analytics = inject(HeapAnalyticsService);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((e) => {
        this.analytics.setContext({ route: e.urlAfterRedirects.split('?')[0] });
      });
  }
}
