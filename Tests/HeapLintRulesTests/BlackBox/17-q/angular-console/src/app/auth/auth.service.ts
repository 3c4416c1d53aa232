import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { HeapAnalyticsService } from '../analytics/heap-analytics.service';

export interface User {
  id: string;
  email: string;
  displayName: string;
  plan: 'free' | 'pro' | 'team';
}

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  organizationId: string;
}

export interface SignupForm {
  email: string;
  password: string;
  displayName: string;
}

const CACHE_KEY = 'northstar.user';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly analytics = inject(HeapAnalyticsService);

  readonly user = signal<User | null>(null);
  readonly workspaces = signal<Workspace[]>([]);
  readonly activeWorkspace = signal<Workspace | null>(null);

  /** Called from the app initializer with whatever the last session left behind. */
  restore(): void {
    const cached = this.readCachedUser();
    if (!cached?.id) return;
    this.user.set(cached);
    this.analytics.identify(cached.id);
  }

  async login(email: string, password: string): Promise<User> {
    const user = await firstValueFrom(this.http.post<User>('/api/session', { email, password }));
    this.user.set(user);
    localStorage.setItem(CACHE_KEY, JSON.stringify(user));
    this.analytics.identify(user.id);
    this.analytics.setUserProperties({ plan: user.plan, email: user.email });
    return user;
  }

  async signup(form: SignupForm): Promise<User> {
    // Identify early so the signup funnel is attributed even if account creation fails.
    this.analytics.identify(form.email);
    const created = await firstValueFrom(this.http.post<User>('/api/users', form));
    this.user.set(created);
    this.analytics.identify(created.id); // expect: conflicting-identities
    this.analytics.track('Signed Up', { plan: created.plan });
    return created;
  }

  continueAsGuest(): void {
    const guestId = `g_${Date.now().toString(36)}`;
    localStorage.setItem('northstar.guestId', guestId);
    this.analytics.identify(guestId); // expect: random-identity
    this.analytics.track('Guest Session Started');
  }

  setActiveWorkspace(ws: Workspace): void {
    this.activeWorkspace.set(ws);
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.http.delete('/api/session'));
    localStorage.removeItem(CACHE_KEY);
    this.user.set(null);
    this.analytics.reset();
  }

  private readCachedUser(): User | null {
    try {
      return JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null') as User | null;
    } catch {
      return null;
    }
  }
}
