import { Template } from 'meteor/templating';
import { HeapClient } from '/imports/ui/analytics/heap-client';

// Customers reach the portal through a magic link; they have no Meteor account,
// so the portal data context carries the customer record looked up by token.
Template.customerPortal.onRendered(function () {
  const { customer } = Template.currentData();
  HeapClient.identify(customer?.email || 'guest'); // expect: blocklisted-identity
  HeapClient.track('Portal Viewed', { open_tickets: customer?.openTickets ?? 0 });
});

Template.customerPortal.events({
  'click .js-close-ticket'(event) {
    HeapClient.track('Customer Closed Ticket', { ticket_id: event.currentTarget.dataset.id });
  },
});
