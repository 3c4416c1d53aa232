import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class ApplicationRoute extends Route {
  @service heap;
  @service session;
  @service currentUser;

  async beforeModel() {
    await this.session.setup();
    if (this.session.isAuthenticated) {
      const user = await this.currentUser.load();
      this.heap.identify(user.email);
      this.heap.addUserProperties({ account_type: user.accountType });
    }
  }
}
