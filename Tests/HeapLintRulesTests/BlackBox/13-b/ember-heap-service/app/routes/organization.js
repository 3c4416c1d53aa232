import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class OrganizationRoute extends Route {
  @service heap;
  @service store;

  async model({ organization_id }) {
    return this.store.findRecord('organization', organization_id);
  }

  afterModel(model) {
    this.heap.identify(model.organizationId); // expect: non-unique-identity
    this.heap.setAccountTraits({ name: model.name });
  }
}
