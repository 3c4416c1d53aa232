import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

/**
 * The public shipment-tracking pages run without an account. The edge proxy
 * drops a `fleet_sid` cookie so rate limiting and support tickets can refer
 * to one browsing session.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly document = inject(DOCUMENT);

  getSessionId(): string | null {
    const match = this.document.cookie.match(/(?:^|;\s*)fleet_sid=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : null;
  }
}
