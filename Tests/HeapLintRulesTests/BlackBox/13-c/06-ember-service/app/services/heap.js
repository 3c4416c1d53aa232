import Service from '@ember/service';
import { get } from '@ember/object';

export default class HeapService extends Service {
  _heap = window.heap;

  identify(id) {
    get(this, '_heap').identify(id);
  }

  addProps(props) {
    get(this, '_heap').addUserProperties(props);
  }

  identifyLegacy(id) {
    this._heap.indentify(id); // expect: unknown-heap-method
  }

  reset() {
    this._heap.resetIdentity();
  }
}
