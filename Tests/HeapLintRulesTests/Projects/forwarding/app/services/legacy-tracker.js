const Service = require('@ember/service').default;

module.exports = Service.extend({
  identify(id) {
    window.heap.identify(id);
  },
});
