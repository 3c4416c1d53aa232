import Route from '@ember/routing/route';
import { service } from '@ember/service';
import * as Sentry from '@sentry/ember';

export default class ApplicationRoute extends Route {
  @service session;
  @service currentUser;
  @service analytics;

  async beforeModel() {
    await this.session.setup();
    if (!this.session.isAuthenticated) {
      return;
    }

    const agent = await this.currentUser.load();
    if (!agent) {
      return;
    }

    Sentry.setUser({ id: agent.id, email: agent.email });
    this.analytics.identifyUser(agent.email);
    this.analytics.setTraits({
      role: agent.role,
      team: agent.teamName,
      open_tickets: agent.openTicketCount,
      hired_on: agent.hiredOn.toISOString().slice(0, 10),
    });
  }
}
