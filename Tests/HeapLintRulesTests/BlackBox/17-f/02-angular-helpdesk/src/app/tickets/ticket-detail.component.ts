import { Component, OnDestroy, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { DatePipe, NgIf } from '@angular/common';
import { firstValueFrom } from 'rxjs';
import { AnalyticsService } from '../core/analytics/analytics.service';
import type { Ticket } from '../core/models';

@Component({
  selector: 'rd-ticket-detail',
  standalone: true,
  imports: [NgIf, DatePipe],
  template: `
    <section *ngIf="ticket as t">
      <h2>#{{ t.id }} {{ t.subject }}</h2>
      <p>Due {{ t.slaDueAt | date: 'short' }}</p>
      <button (click)="resolve()" [disabled]="t.status === 'resolved'">Resolve</button>
      <button (click)="escalate()">Escalate</button>
    </section>
  `,
})
export class TicketDetailComponent implements OnInit, OnDestroy {
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private readonly analytics = inject(AnalyticsService);

  ticket: Ticket | null = null;

  async ngOnInit(): Promise<void> {
    const id = this.route.snapshot.paramMap.get('id')!;
    this.ticket = await firstValueFrom(this.http.get<Ticket>(`/api/tickets/${id}`));
    this.analytics.setTicketContext({ ticket_id: this.ticket.id, priority: this.ticket.priority });
  }

  ngOnDestroy(): void {
    this.analytics.clearTicketContext();
  }

  async resolve(): Promise<void> {
    if (!this.ticket) return;
    const minutesOpen = Math.round((Date.now() - Date.parse(this.ticket.createdAt)) / 60_000);
    await firstValueFrom(this.http.post(`/api/tickets/${this.ticket.id}/resolve`, {}));
    this.ticket = { ...this.ticket, status: 'resolved' };
    this.analytics.track('Ticket Resolved', {
      priority: this.ticket.priority,
      minutes_open: minutesOpen,
      breached_sla: Date.now() > Date.parse(this.ticket.slaDueAt) ? 'yes' : 'no',
    });
  }

  escalate(): void {
    if (!this.ticket) return;
    this.analytics.track('Ticket Escalated', { priority: this.ticket.priority });
  }
}
