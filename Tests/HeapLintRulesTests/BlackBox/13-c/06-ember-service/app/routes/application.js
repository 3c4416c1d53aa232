import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class ApplicationRoute extends Route {
  @service heap;
  @service session;

  async beforeModel() {
    await this.session.setup();
  }

  afterModel() {
    if (this.session.isAuthenticated) {
      const auth = this.session.data.authenticated;
      this.heap.identify(auth.user_id);
      this.heap.addProps({ authenticator: auth.authenticator });
    }
  }
}
