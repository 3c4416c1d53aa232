import { Injectable } from '@angular/core';
import { BinaryHeap } from './binary-heap';
import type { Ticket } from '../models';

function urgency(t: Ticket): number {
  const minutesLeft = (Date.parse(t.slaDueAt) - Date.now()) / 60_000;
  return (5 - t.priority) * 100 - minutesLeft;
}

@Injectable({ providedIn: 'root' })
export class TriageQueueService {
  private heap = new BinaryHeap<Ticket>((a, b) => urgency(a) > urgency(b));

  load(tickets: Ticket[]): void {
    this.heap.reset();
    tickets.filter((t) => t.status !== 'resolved').forEach((t) => this.heap.push(t));
  }

  next(): Ticket | undefined {
    return this.heap.pop();
  }

  identify(ticketId: string): Ticket | undefined {
    const rest: Ticket[] = [];
    let found: Ticket | undefined;
    while (this.heap.size) {
      const t = this.heap.pop()!;
      if (t.id === ticketId) found = t;
      else rest.push(t);
    }
    rest.forEach((t) => this.heap.push(t));
    return found;
  }

  get pending(): number {
    return this.heap.size;
  }
}
