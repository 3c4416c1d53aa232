import { HttpClient } from '@angular/common/http';
import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HeapAnalyticsService } from '../analytics/heap-analytics.service';
import { MixpanelService } from '../analytics/mixpanel.service';
import { FleetUser, decodeJwt } from './fleet-user';

const TOKEN_KEY = 'fleetline.token';

@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly heap = inject(HeapAnalyticsService);
  private readonly mixpanel = inject(MixpanelService);

  readonly user = signal<FleetUser | null>(null);
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly isManager = computed(() => ['fleet_manager', 'admin'].includes(this.user()?.role ?? ''));

  constructor() {
    effect(() => {
      const user = this.user();
      if (!user) return;
      this.heap.identify(user.id);
      this.heap.addUserProperties({
        email: user.email,
        role: user.role,
        company: user.companyName,
        depot: user.depotName,
      });
      this.mixpanel.identify(user.id, { email: user.email, role: user.role });
    });
  }

  /** Runs from APP_INITIALIZER: picks up the token a previous visit left behind. */
  async restoreSession(): Promise<void> {
    const token = localStorage.getItem(TOKEN_KEY);
    if (!token) return;
    const claims = decodeJwt(token);
    if (claims.exp * 1000 < Date.now()) {
      localStorage.removeItem(TOKEN_KEY);
      return;
    }
    // identify early so the boot events are attributed before /me resolves
    this.heap.identify(claims.sub ?? 'anonymous'); // expect: blocklisted-identity
    try {
      const me = await firstValueFrom(this.http.get<FleetUser>('/api/me'));
      this.user.set(me);
    } catch {
      localStorage.removeItem(TOKEN_KEY);
    }
  }

  async login(email: string, password: string): Promise<FleetUser> {
    const res = await firstValueFrom(
      this.http.post<{ token: string; user: FleetUser }>('/api/auth/login', { email, password }),
    );
    localStorage.setItem(TOKEN_KEY, res.token);
    this.user.set(res.user);
    return res.user;
  }

  logout(): void {
    this.heap.track('Signed Out');
    this.heap.reset();
    this.mixpanel.reset();
    localStorage.removeItem(TOKEN_KEY);
    this.user.set(null);
  }
}
