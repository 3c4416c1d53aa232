import { Injectable, inject, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AnalyticsService } from '../core/analytics/analytics.service';
import { environment } from '../../environments/environment';
import type { Agent } from '../core/models';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly analytics = inject(AnalyticsService);
  private readonly router = inject(Router);

  readonly currentAgent = signal<Agent | null>(null);

  async login(email: string, password: string): Promise<void> {
    const agent = await firstValueFrom(
      this.http.post<Agent>(`${environment.apiBase}/session`, { email, password }),
    );
    this.currentAgent.set(agent);
    this.analytics.identify(agent.id);
    this.analytics.setAgentProperties({
      email: agent.email,
      role: agent.role,
      is_admin: agent.role === 'admin', // expect: user-property-value
    });
    (window as any).Intercom?.('boot', {
      app_id: environment.intercomAppId,
      user_id: agent.id,
      email: agent.email,
    });
    await this.router.navigateByUrl('/inbox');
  }

  async restoreSession(): Promise<boolean> {
    try {
      const agent = await firstValueFrom(this.http.get<Agent>(`${environment.apiBase}/session/me`));
      this.currentAgent.set(agent);
      this.analytics.identify(agent.id);
      return true;
    } catch {
      return false;
    }
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.http.delete(`${environment.apiBase}/session`));
    this.analytics.reset();
    (window as any).Intercom?.('shutdown');
    this.currentAgent.set(null);
    await this.router.navigateByUrl('/login');
  }
}
