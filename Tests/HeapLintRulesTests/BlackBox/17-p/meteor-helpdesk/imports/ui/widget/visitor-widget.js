import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import Cookies from 'js-cookie';
import { HeapClient } from '/imports/ui/analytics/heap-client';

// Chat widget embedded on customers' sites. The loader script sets the
// relay_visitor cookie so a visitor keeps their conversation across pages.
Template.supportWidget.onCreated(function () {
  const visitorId = Cookies.get('relay_visitor');
  if (!visitorId) return;
  this.subscribe('widget.conversation', visitorId);
  if (!Meteor.userId()) {
    HeapClient.identify(visitorId); // expect: anonymous-identity
  }
});

Template.supportWidget.events({
  'submit .js-widget-message'(event, instance) {
    event.preventDefault();
    const text = event.target.message.value.trim();
    if (!text) return;
    Meteor.call('widget.send', Cookies.get('relay_visitor'), text);
    HeapClient.track('Widget Message Sent', { chars: text.length });
    event.target.reset();
  },
});
