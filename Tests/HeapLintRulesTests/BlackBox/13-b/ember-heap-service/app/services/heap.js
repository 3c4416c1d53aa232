import Service from '@ember/service';
import { get, set } from '@ember/object';

export default Service.extend({
  _heap: null,

  init() {
    this._super(...arguments);
    set(this, '_heap', window.heap || []);
  },

  identify(userId) {
    get(this, '_heap').identify(userId);
  },

  addUserProperties(props) {
    get(this, '_heap').addUserProperties(props);
  },

  setAccountTraits(traits) {
    get(this, '_heap').addAccountProperty(traits); // expect: unknown-heap-method
  },

  reset() {
    get(this, '_heap').resetIdentity();
  },
});
