import { SyncedCron } from 'meteor/littledata:synced-cron';
import { Tickets } from '/imports/api/tickets/collection';
import { TriageQueue } from '/imports/api/tickets/triage-queue';
import { serverTrack } from '../heap-server';

SyncedCron.add({
  name: 'SLA monitor',
  schedule: (parser) => parser.text('every 5 minutes'),
  async job() {
    const now = Date.now();
    const dueSoon = await Tickets.find({
      status: 'open',
      slaBreached: { $ne: true },
      slaDueAt: { $lte: new Date(now) },
    }).fetchAsync();

    const heap = new TriageQueue((a, b) => a.slaDueAt - b.slaDueAt);
    dueSoon.forEach((ticket) => heap.push(ticket));

    let breached = 0;
    while (heap.size > 0) {
      const ticket = heap.pop();
      breached += 1;
      await Tickets.updateAsync(ticket._id, { $set: { slaBreached: true } });
      await serverTrack(ticket.assigneeId || 'unassigned', 'SLA Breached', { // expect: server-identity
        ticket_id: ticket._id,
        priority: ticket.priority,
        minutes_late: Math.round((now - ticket.slaDueAt.getTime()) / 60000),
      });
    }
    return `${breached} tickets breached`;
  },
});
