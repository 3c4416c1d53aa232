import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { ReactiveVar } from 'meteor/reactive-var';
import { FlowRouter } from 'meteor/ostrio:flow-router-extra';
import { HeapClient } from '/imports/ui/analytics/heap-client';
import './login.html';

Template.login.onCreated(function () {
  this.error = new ReactiveVar(null);
});

Template.login.helpers({
  error() {
    return Template.instance().error.get();
  },
});

Template.login.events({
  'submit .js-login'(event, instance) {
    event.preventDefault();
    const email = event.target.email.value.trim().toLowerCase();
    const password = event.target.password.value;

    Meteor.loginWithPassword(email, password, (err) => {
      if (err) {
        instance.error.set(err.reason || 'Sign-in failed');
        HeapClient.track('Login Failed', { reason: err.error || 'unknown' });
        return;
      }
      HeapClient.identify(email);
      HeapClient.setProperties({
        last_login: new Date(), // expect: user-property-value
        login_method: 'password',
      });
      HeapClient.identify(Meteor.userId()); // expect: conflicting-identities
      FlowRouter.go('/inbox');
    });
  },
});
