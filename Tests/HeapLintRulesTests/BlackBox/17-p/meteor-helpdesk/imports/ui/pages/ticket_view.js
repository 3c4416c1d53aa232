import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { Tickets } from '/imports/api/tickets/collection';
import { HeapClient } from '/imports/ui/analytics/heap-client';

Template.ticketView.onCreated(function () {
  this.autorun(() => {
    this.subscribe('tickets.one', Template.currentData().ticketId);
  });
});

Template.ticketView.helpers({
  ticket() {
    return Tickets.findOne(Template.currentData().ticketId);
  },
});

Template.ticketView.events({
  'submit .js-reply'(event, instance) {
    event.preventDefault();
    const body = event.target.body.value;
    Meteor.call('tickets.reply', instance.data.ticketId, body, (err) => {
      if (err) return;
      event.target.reset();
      HeapClient.track('Reply Sent', { length: body.length, macro_used: instance.data.macroId ? 'yes' : 'no' });
    });
  },

  'click .js-escalate'(event, instance) {
    const ticket = Tickets.findOne(instance.data.ticketId);
    Meteor.call('tickets.escalate', ticket._id, (err) => {
      if (!err) heap.trackEvent('Ticket Escalated', { priority: ticket.priority, queue: ticket.queue }); // expect: unknown-heap-method
    });
  },
});
