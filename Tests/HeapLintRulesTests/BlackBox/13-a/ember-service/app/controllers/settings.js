import Controller from '@ember/controller';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class SettingsController extends Controller {
  @service heap;

  @action
  async saveNotifications(channels) {
    this.model.channels = channels;
    await this.model.save();
    this.heap.addUserProperties({ channels: channels.map((c) => c.name) }); // expect: user-property-value
    this.heap.addUserProperties({ email_opt_in: !this.model.unsubscribed }); // expect: user-property-value
    this.heap.addUserProperties({ channel_count: channels.length });
  }

  @action
  signOut() {
    this.heap.resetIdentity();
    this.session.invalidate();
  }
}
