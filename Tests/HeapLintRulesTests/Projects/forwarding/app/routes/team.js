import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class TeamRoute extends Route {
  @service('legacy-tracker') legacy;

  afterModel(model) {
    this.legacy.identify(model.teamId); // expect: non-unique-identity
  }

  signIn(user) {
    this.legacy.identify(user.email);
  }
}
