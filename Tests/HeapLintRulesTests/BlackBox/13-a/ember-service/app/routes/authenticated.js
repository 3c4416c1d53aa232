import Route from '@ember/routing/route';
import { service } from '@ember/service';

export default class AuthenticatedRoute extends Route {
  @service heap;
  @service session;
  @service router;

  beforeModel(transition) {
    this.session.requireAuthentication(transition, 'login');
  }

  afterModel() {
    const { session_id } = this.session.data.authenticated;
    this.heap.identify(session_id); // expect: anonymous-identity
    this.heap.track('Authenticated Area Entered');
  }
}
