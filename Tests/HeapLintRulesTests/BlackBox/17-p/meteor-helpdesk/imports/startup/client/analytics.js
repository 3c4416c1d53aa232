import { Meteor } from 'meteor/meteor';
import { Tracker } from 'meteor/tracker';
import { Accounts } from 'meteor/accounts-base';
import { Roles } from 'meteor/alanning:roles';
import { HeapClient } from '/imports/ui/analytics/heap-client';
import { Tickets } from '/imports/api/tickets/collection';

let identifiedAs = null;

Tracker.autorun(() => {
  const user = Meteor.user({ fields: { profile: 1, createdAt: 1 } });
  if (!user || identifiedAs === user._id) return;
  identifiedAs = user._id;

  HeapClient.identify(user._id);

  const props = {
    team: user.profile?.teamName ?? 'unassigned',
    agent_role: user.profile?.role ?? 'agent',
    open_tickets: Tickets.find({ assigneeId: user._id, status: 'open' }).count(),
  };
  if (Roles.userIsInRole(user._id, 'escalation-lead')) {
    props.escalation_lead = true; // expect: user-property-value
  }
  HeapClient.setProperties(props);
});

Accounts.onLogout(() => {
  identifiedAs = null;
  HeapClient.reset();
  // FullStory is on the admin pages too; false means "anonymous" in its API
  window.FS?.identify(false);
});
