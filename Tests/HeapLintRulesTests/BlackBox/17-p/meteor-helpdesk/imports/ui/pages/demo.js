import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { FlowRouter } from 'meteor/ostrio:flow-router-extra';
import { HeapClient } from '/imports/ui/analytics/heap-client';
import { DEMO_AGENT_ID, DEMO_INBOX } from '/imports/startup/both/constants';

// "Try it" sandbox on the marketing site: a seeded inbox, no sign-up needed.
Template.demoBanner.events({
  'click .js-start-demo'(event) {
    event.preventDefault();
    Meteor.call('demo.seedInbox', DEMO_INBOX, (err, seed) => {
      if (err) return;
      HeapClient.identify(DEMO_AGENT_ID); // expect: hardcoded-identity
      HeapClient.track('Demo Started', { seed: seed.name, tickets: seed.ticketCount });
      FlowRouter.go('/demo/inbox');
    });
  },
});
