import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { BehaviorSubject, Observable, distinctUntilChanged, filter, map, tap } from 'rxjs';
import { AnalyticsService } from '../analytics/analytics.service';
import { tagErrorsWithAgent } from '../core/error-reporting';
import { environment } from '../../environments/environment';

export interface Agent {
  id: string;
  email: string;
  displayName: string;
  role: 'agent' | 'lead' | 'admin';
  team: { id: string; name: string };
}

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly agentSubject = new BehaviorSubject<Agent | null>(null);
  readonly agent$: Observable<Agent | null> = this.agentSubject.asObservable();

  constructor(private http: HttpClient, private analytics: AnalyticsService) {
    this.agent$
      .pipe(
        filter((agent): agent is Agent => agent !== null),
        distinctUntilChanged((a, b) => a.id === b.id),
      )
      .subscribe((agent) => {
        this.analytics.identify(agent.id);
        this.analytics.setUserProperties({
          email: agent.email,
          role: agent.role,
          teamName: agent.team.name,
        });
        tagErrorsWithAgent(agent);
      });
  }

  login(email: string, password: string): Observable<Agent> {
    return this.http.post<Agent>(`${environment.apiUrl}/auth/login`, { email, password }).pipe(
      tap((agent) => {
        this.agentSubject.next(agent);
        this.analytics.track('Agent Signed In', { via: 'password' });
      }),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${environment.apiUrl}/auth/logout`, {}).pipe(
      tap(() => {
        this.analytics.track('Agent Signed Out');
        this.analytics.reset();
        tagErrorsWithAgent(null);
        this.agentSubject.next(null);
      }),
    );
  }

  get currentAgentId$(): Observable<string | undefined> {
    return this.agent$.pipe(map((a) => a?.id));
  }
}
