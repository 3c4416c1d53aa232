import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class OrganizationRoute extends Route {
  @service tracker;

  afterModel(model) {
    this.tracker.identify(model.organizationId); // expect: non-unique-identity
    this.tracker.addUserProperties({ hasProjects: model.projects.some((p) => p.active) }); // expect: user-property-value
    this.tracker.addUserProperties({ projectCount: model.projects.length });
  }

  signIn(user) {
    this.tracker.identify(user.email);
  }
}
