import Service from '@ember/service';
import { get, set } from '@ember/object';

export default class HeapService extends Service {
  constructor() {
    super(...arguments);
    set(this, '_heap', window.heap);
  }

  identify(identity) {
    get(this, '_heap').identify(identity);
  }

  addUserProperties(properties) {
    get(this, '_heap').addUserProperties(properties);
  }

  track(eventName, properties) {
    get(this, '_heap').track(eventName, properties);
  }

  resetIdentity() {
    get(this, '_heap').resetIdentity();
  }
}
