import { Component, OnInit } from '@angular/core';
import { HeapTrackingService } from './shared/heap-tracking.service';
import { SessionService } from './shared/session.service';

@Component({
  selector: 'app-root',
  template: '<router-outlet></router-outlet>',
})
export class AppComponent implements OnInit {
  constructor(private tracking: HeapTrackingService, private session: SessionService) {}

  ngOnInit(): void {
    this.session.user$.subscribe((user) => {
      if (user) {
        this.tracking.identifyUser(user);
        this.tracking.updateProfile(user);
        this.tracking.logEvent('App Opened', { source: document.referrer || 'direct' });
      }
    });
  }
}
