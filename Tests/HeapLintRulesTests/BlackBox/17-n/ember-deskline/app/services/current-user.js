import Service, { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';

export default class CurrentUserService extends Service {
  @service session;
  @service store;

  @tracked agent = null;

  async load() {
    if (!this.session.isAuthenticated) {
      return null;
    }
    this.agent = await this.store.queryRecord('agent', { me: true });
    return this.agent;
  }
}
