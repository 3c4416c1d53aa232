import Component from '@ember/component';

export default Component.extend({
  tagName: '',
  _heap: null,
  user: null,

  init() {
    this._super(...arguments);
    this._heap = window.heap;
  },

  didReceiveAttrs() {
    this._super(...arguments);
    if (this.user) {
      this._heap.indentify(this.user.email); // expect: unknown-heap-method
      this._heap.addUserProperties({ legacy_ui: 'yes' });
    }
  },
});
