import Controller from '@ember/controller';
import { action } from '@ember/object';
import { service } from '@ember/service';

export default class WelcomeController extends Controller {
  @service heap;
  @service router;

  @action
  browseWithoutAccount() {
    this.heap.identify('Guest'); // expect: hardcoded-identity
    this.router.transitionTo('catalog');
  }

  @action
  signOut() {
    this.heap.reset();
    this.router.transitionTo('index');
  }
}
