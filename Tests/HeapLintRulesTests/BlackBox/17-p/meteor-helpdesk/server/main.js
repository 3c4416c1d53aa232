import { Meteor } from 'meteor/meteor';
import { SyncedCron } from 'meteor/littledata:synced-cron';
import '/imports/api/tickets/methods';
import './accounts';
import './jobs/sla-monitor';
import './webhooks/inbound-email';

Meteor.startup(() => {
  SyncedCron.start();
});
