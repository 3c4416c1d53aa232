import { Component, OnDestroy, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { HttpClient } from '@angular/common/http';
import { Subscription, switchMap } from 'rxjs';
import { HEAP } from '../analytics/heap.token';

interface Ticket {
  id: number;
  subject: string;
  priority: 'low' | 'normal' | 'urgent';
  channel: 'email' | 'chat' | 'phone';
}

@Component({
  selector: 'hd-ticket-detail',
  template: `
    <article *ngIf="ticket as t">
      <h2>#{{ t.id }} {{ t.subject }}</h2>
      <button (click)="applyMacro('refund-policy')">Apply refund macro</button>
      <button (click)="escalate()">Escalate</button>
    </article>
  `,
})
export class TicketDetailComponent implements OnInit, OnDestroy {
  private readonly heap = inject(HEAP);
  private readonly route = inject(ActivatedRoute);
  private readonly http = inject(HttpClient);
  private sub?: Subscription;
  ticket?: Ticket;

  ngOnInit(): void {
    this.sub = this.route.paramMap
      .pipe(switchMap((params) => this.http.get<Ticket>(`/api/tickets/${params.get('id')}`)))
      .subscribe((ticket) => {
        this.ticket = ticket;
        this.heap.addEventProperties({ ticketPriority: ticket.priority, ticketChannel: ticket.channel });
        this.heap.track('Ticket Opened', { ticketId: ticket.id });
      });
  }

  applyMacro(macro: string): void {
    this.heap.trackEvent('Macro Applied', { macro }); // expect: unknown-heap-method
  }

  escalate(): void {
    this.heap.track('Ticket Escalated', { ticketId: this.ticket?.id ?? 0 });
  }

  ngOnDestroy(): void {
    this.sub?.unsubscribe();
    this.heap.removeEventProperty('ticketPriority');
    this.heap.removeEventProperty('ticketChannel');
  }
}
