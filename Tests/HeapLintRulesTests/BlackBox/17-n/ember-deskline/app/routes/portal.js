import Route from '@ember/routing/route';
import { service } from '@ember/service';

// The customer portal: people at client companies follow their tickets here.
export default class PortalRoute extends Route {
  @service session;
  @service store;
  @service analytics;

  beforeModel(transition) {
    this.session.requireAuthentication(transition, 'portal.sign-in');
  }

  async model() {
    const { organizationId, requesterEmail } = this.session.data.authenticated;
    const organization = await this.store.findRecord('organization', organizationId);

    // Product wants portal usage per client company.
    this.analytics.identifyUser(organizationId); // expect: non-unique-identity
    this.analytics.setTraits({
      organization: organization.name,
      support_tier: organization.supportTier,
      requester_domain: requesterEmail.split('@')[1],
    });

    return organization;
  }
}
