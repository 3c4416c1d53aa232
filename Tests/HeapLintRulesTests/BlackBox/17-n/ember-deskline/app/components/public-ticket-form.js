import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';
import { EVENTS } from '../utils/analytics-constants';

const REQUESTER_KEY = 'deskline.requesterKey';

// The public "open a ticket" form: requesters here are not signed in.
export default class PublicTicketFormComponent extends Component {
  @service analytics;
  @service store;

  @tracked email = '';
  @tracked subject = '';
  @tracked body = '';
  @tracked submitted = false;

  @action
  update(field, event) {
    this[field] = event.target.value;
  }

  @action
  async submit(event) {
    event.preventDefault();
    const ticket = this.store.createRecord('ticket', {
      requesterEmail: this.email,
      subject: this.subject,
      body: this.body,
      channel: 'web-form',
      clientRequestId: crypto.randomUUID(),
    });
    await ticket.save();

    // Typed emails are unverified, so requesters get a key of their own instead.
    const requesterKey = localStorage.getItem(REQUESTER_KEY) ?? crypto.randomUUID();
    localStorage.setItem(REQUESTER_KEY, requesterKey);
    this.analytics.identifyUser(requesterKey); // expect: random-identity
    this.analytics.track(EVENTS.TICKET_SUBMITTED, {
      channel: 'web-form',
      ticket_id: ticket.id,
      body_length: this.body.length,
      upload_batch: crypto.randomUUID(),
    });
    this.submitted = true;
  }
}
