import Component from '@glimmer/component';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class NavBarComponent extends Component {
  @service session;
  @service currentUser;
  @service router;

  get agentName() {
    return this.currentUser.agent?.displayName ?? '';
  }

  @action
  openTickets() {
    this.router.transitionTo('tickets', { queryParams: { assignee: 'me' } });
  }

  @action
  async logout() {
    await this.session.invalidate();
    if (window.heap) {
      window.heap.reset(); // expect: unknown-heap-method
    }
  }
}
