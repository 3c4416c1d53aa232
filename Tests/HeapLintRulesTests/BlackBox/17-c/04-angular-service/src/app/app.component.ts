import { Component, OnInit } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, take } from 'rxjs/operators';
import { AuthService } from './core/auth.service';
import { HeapService } from './core/heap.service';

@Component({
  selector: 'app-root',
  template: '<app-shell><router-outlet></router-outlet></app-shell>',
})
export class AppComponent implements OnInit {
  constructor(
    private readonly auth: AuthService,
    private readonly analytics: HeapService,
    private readonly router: Router,
  ) {}

  ngOnInit(): void {
    this.analytics.ensureIdentity();

    this.auth.user$.pipe(filter(Boolean), take(1)).subscribe((user) => {
      this.analytics.identifyWithTraits(user);
    });

    this.router.events
      .pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd))
      .subscribe((e) => this.analytics.track('Route Viewed', { url: e.urlAfterRedirects }));
  }
}
