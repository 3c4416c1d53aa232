import { Injectable } from '@angular/core';
import { environment } from '../../environments/environment';

declare const heap: any;

export interface AdminUser {
  id: string;
  email: string;
  role: string;
}

@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  init(): void {
    heap.load(environment.heapAppId, { secureCookie: true, disableTextCapture: true });
  }

  identify(user: AdminUser): void {
    heap.identify(user.id, user.email); // expect: identity-type
    heap.addUserProperties({ role: user.role });
  }

  restoreSession(): void {
    heap.identify(heap.userId); // expect: anonymous-identity
  }

  identifyLater(user: AdminUser): void {
    heap.identify(() => user.id); // expect: identity-type
  }

  identifyCorrectly(user: AdminUser): void {
    heap.identify(user.email);
  }

  logout(): void {
    heap.resetIdentity();
  }
}
