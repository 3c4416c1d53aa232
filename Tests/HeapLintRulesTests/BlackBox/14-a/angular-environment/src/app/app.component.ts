import { Component, OnInit } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs/operators';
import { HeapService } from './heap.service';
import { AuthService } from './auth.service';

@Component({
  selector: 'app-root',
  templateUrl: './app.component.html',
})
export class AppComponent implements OnInit {
  constructor(private heapService: HeapService, private auth: AuthService, private router: Router) {}

  ngOnInit(): void {
    this.heapService.load();
    this.auth.user$.subscribe((user) => {
      if (user) {
        this.heapService.identify(user);
      }
    });
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe((e: any) => {
      this.heapService.trackRoute(e.urlAfterRedirects);
    });
  }
}
