import { Component, OnInit } from '@angular/core';
import { HeapService, Dispatcher } from './services/heap.service';
import { AuthService } from './services/auth.service';

@Component({
  selector: 'app-root',
  template: `<router-outlet></router-outlet>`,
})
export class AppComponent implements OnInit {
  constructor(private heap: HeapService, private auth: AuthService) {}

  ngOnInit(): void {
    this.heap.load();
    this.auth.user$.subscribe((d: Dispatcher | null) => {
      if (d) {
        this.heap.identify(d);
        this.heap.track('Console Opened');
      }
    });
  }
}
