import { Injectable } from '@angular/core';
import { environment } from '../environments/environment';
import { AuthService, User } from './auth.service';

declare const heap: any;

@Injectable({ providedIn: 'root' })
export class HeapService {
  private loaded = false;

  constructor(private auth: AuthService) {}

  load(): void {
    if (this.loaded) return;
    const w = window as any;
    w.heap = w.heap || [];
    heap.load = function (appId: string, config?: object) {
      w.heap.appid = appId;
      w.heap.config = config || {};
      const script = document.createElement('script');
      script.type = 'text/javascript';
      script.async = true;
      script.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
      document.head.appendChild(script);
      for (const method of ['identify', 'track', 'addUserProperties', 'addEventProperties', 'resetIdentity']) {
        w.heap[method] = (...args: unknown[]) => w.heap.push([method, ...args]);
      }
    };
    heap.load(environment.heapAppId);
    this.loaded = true;
  }

  identify(user: User): void {
    heap.identify(user.email);
    heap.addUserProperties({ first_name: user.firstName, company: user.company });
  }

  identifyAdmin(user: User): void {
    heap.indentify(user.email); // expect: unknown-heap-method
  }

  identifyFromRole(user: User): void {
    heap.identify(user.role); // expect: non-unique-identity
  }

  trackRoute(url: string): void {
    heap.track('Route Changed', { url });
  }

  logout(): void {
    heap.resetIdentity();
  }
}
