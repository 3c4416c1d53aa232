import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';
import { EVENTS, KIOSK_AGENT } from '../utils/analytics-constants';

export default class KioskCheckInComponent extends Component {
  @service analytics;
  @service store;

  @tracked employeeNumber = '';
  @tracked topic = 'hardware';
  @tracked queuePosition = null;

  constructor(owner, args) {
    super(owner, args);
    // Kiosk sessions showed up as thousands of anonymous users.
    this.analytics.identifyUser(KIOSK_AGENT); // expect: hardcoded-identity
  }

  @action
  setTopic(event) {
    this.topic = event.target.value;
  }

  @action
  async checkIn(event) {
    event.preventDefault();
    const visit = this.store.createRecord('walk-up-visit', {
      employeeNumber: this.employeeNumber,
      topic: this.topic,
    });
    await visit.save();
    this.queuePosition = visit.queuePosition;
    this.analytics.track(EVENTS.KIOSK_CHECK_IN, {
      topic: this.topic,
      queue_position: visit.queuePosition,
    });
    this.employeeNumber = '';
  }
}
