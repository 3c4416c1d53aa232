import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class ApplicationRoute extends Route {
  @service heap;
  @service session;
  @service store;

  async beforeModel() {
    await this.session.setup();
    if (this.session.isAuthenticated) {
      const user = await this.store.findRecord('user', 'me');
      this.heap.identify(user.email);
      this.heap.addUserProperties({ crewSize: user.crewSize });
    }
  }
}
