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
}
