import { Injectable } from '@angular/core';
import { environment } from '../../environments/environment';
import { User } from './user.model';

declare const heap: any;

@Injectable({ providedIn: 'root' })
export class HeapService {
  readonly appId = environment.heapAppId;

  identify(user: User): void {
    heap.identify(user.email);
    heap.addUserProperties({ Role: user.role, Company: user.company.name });
  }

  trackExport(format: 'csv' | 'xlsx', rows: number): void {
    heap.track('Export', { format, rows });
  }

  reset(): void {
    heap.resetIdentity();
  }
}
