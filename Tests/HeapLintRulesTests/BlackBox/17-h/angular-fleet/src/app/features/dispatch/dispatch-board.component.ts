import { Component, OnInit, computed, inject, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { HeapAnalyticsService } from '../../core/analytics/heap-analytics.service';
import { AuthStore } from '../../core/auth/auth.store';
import { planRoute, RoadGraph } from '../routing/route-planner';

interface Job {
  id: string;
  pickup: string;
  dropoff: string;
  driverId: string | null;
  status: 'unassigned' | 'assigned' | 'in_transit' | 'delivered';
}

@Component({
  selector: 'app-dispatch-board',
  standalone: true,
  template: `
    <section class="board">
      <button type="button" (click)="startShift()" [disabled]="onShift()">Start shift</button>
      @for (job of unassigned(); track job.id) {
        <article class="job">
          <span>{{ job.pickup }} → {{ job.dropoff }}</span>
          <button type="button" (click)="assign(job, 'next-available')">Assign</button>
        </article>
      }
    </section>
  `,
})
export class DispatchBoardComponent implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);
  private readonly analytics = inject(HeapAnalyticsService);

  readonly jobs = signal<Job[]>([]);
  readonly onShift = signal(false);
  readonly unassigned = computed(() => this.jobs().filter((j) => j.status === 'unassigned'));
  private readonly dispatcherId = computed(() => this.auth.user()!.id);

  private graph: RoadGraph = new Map();

  ngOnInit(): void {
    this.http.get<Job[]>('/api/jobs?status=open').subscribe((jobs) => {
      this.jobs.set(jobs);
      this.analytics.track('Dispatch Board Loaded', { open_jobs: jobs.length });
    });
    this.http.get<Record<string, Record<string, number>>>('/api/road-graph').subscribe((raw) => {
      this.graph = new Map(Object.entries(raw).map(([k, v]) => [k, new Map(Object.entries(v))]));
    });
  }

  startShift(): void {
    const heap = (window as any).heap;
    // the shared dispatch PCs stay signed in across shifts: re-identify at shift start
    heap?.identify(this.dispatcherId); // expect: identity-type
    heap?.track('Shift Started', { jobs_waiting: this.unassigned().length });
    this.onShift.set(true);
  }

  assign(job: Job, strategy: 'next-available' | 'closest'): void {
    const route = planRoute(this.graph, job.pickup, job.dropoff);
    this.analytics.track('Job Assigned', {
      strategy,
      route_km: Math.round(route.distance),
      stops: route.path.length,
    });
    this.http.post(`/api/jobs/${job.id}/assign`, { strategy }).subscribe(() => {
      this.jobs.update((jobs) => jobs.map((j) => (j.id === job.id ? { ...j, status: 'assigned' } : j)));
    });
  }
}
