import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Random } from 'meteor/random';
import { Tickets } from './collection';
import { TICKET_PRIORITIES, SLA_MINUTES } from '/imports/startup/both/constants';

Meteor.methods({
  async 'tickets.create'({ subject, body, priority }) {
    check(subject, String);
    check(body, String);
    check(priority, Match.OneOf(...TICKET_PRIORITIES));
    if (!this.userId) throw new Meteor.Error('not-authorized');

    const now = new Date();
    const ticketId = await Tickets.insertAsync({
      _id: Random.id(),
      subject,
      body,
      priority,
      status: 'open',
      createdBy: this.userId,
      createdAt: now,
      slaDueAt: new Date(now.getTime() + SLA_MINUTES[priority] * 60000),
    });

    if (Meteor.isServer) {
      const { serverTrack } = await import('/server/heap-server');
      await serverTrack(this.userId, 'Ticket Created', { priority, channel: 'web' });
    }
    return ticketId;
  },

  async 'tickets.escalate'(ticketId) {
    check(ticketId, String);
    if (!this.userId) throw new Meteor.Error('not-authorized');
    await Tickets.updateAsync(ticketId, { $set: { priority: 'urgent', escalatedBy: this.userId } });
  },
});
