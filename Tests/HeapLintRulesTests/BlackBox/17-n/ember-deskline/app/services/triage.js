import Service, { service } from '@ember/service';
import TicketQueue from '../utils/ticket-queue';

const bySlaDeadline = (a, b) => a.slaDueAt - b.slaDueAt;

/**
 * Picks the next tickets for an agent: the open tickets closest to breaching
 * their SLA, kept in a binary heap so the console can pull them one by one.
 */
export default class TriageService extends Service {
  @service store;
  @service analytics;

  async nextBatch(size = 5) {
    const open = await this.store.query('ticket', { filter: { status: 'open', assignee: 'none' } });
    const heap = new TicketQueue(bySlaDeadline);
    heap.load(open.map((t) => ({ id: t.id, slaDueAt: t.slaDueAt.getTime(), priority: t.priority })));

    const batch = [];
    while (batch.length < size && heap.size > 0) {
      batch.push(heap.pop());
    }
    this.analytics.track('Triage Batch Pulled', { size: batch.length, backlog: heap.size });
    return batch;
  }
}
