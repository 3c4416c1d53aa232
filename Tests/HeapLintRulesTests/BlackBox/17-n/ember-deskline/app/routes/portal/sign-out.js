import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class PortalSignOutRoute extends Route {
  @service session;
  @service analytics;

  async beforeModel() {
    this.analytics.track('Portal Signed Out');
    this.analytics.forget();
    await this.session.invalidate();
  }
}
