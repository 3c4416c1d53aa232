import Controller from '@ember/controller';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class SettingsController extends Controller {
  @service heap;

  get settings() {
    return this.model;
  }

  @action
  async save() {
    await this.settings.save();
    this.heap.addUserProperties({ timezone: this.settings.timezone });
    this.heap.addUserProperties({ notificationsEnabled: this.settings.notifications.some((n) => n.enabled) }); // expect: user-property-value
  }

  @action
  signOut() {
    this.heap.reset();
    this.session.invalidate();
  }
}
