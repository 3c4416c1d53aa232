/* eslint-disable ember/no-classic-classes, ember/no-get */
// Kept from the Ember 2.18 reports module; new code uses the `analytics` service.
import Service from '@ember/service';
import { computed, get } from '@ember/object';

export default Service.extend({
  _heap: computed(function () {
    return window.heap;
  }),

  trackReport(kind, props) {
    const heap = get(this, '_heap');
    if (heap) {
      heap.track(`Report Viewed: ${kind}`, props);
    }
  },

  tagAgent(props) {
    const heap = get(this, '_heap');
    if (heap) {
      heap.addUserProperties(props);
    }
  },
});
