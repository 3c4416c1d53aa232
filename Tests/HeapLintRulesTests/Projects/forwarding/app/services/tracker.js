import Service from '@ember/service';
import { get, set } from '@ember/object';

// A classic Ember service: `Service.extend({...})` makes the class the injection instantiates.
export default Service.extend({
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
});
