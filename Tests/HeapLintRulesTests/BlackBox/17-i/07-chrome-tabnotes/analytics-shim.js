// One place for the extension pages to talk to Heap.
window.TabNotesAnalytics = {
  identify: function (userId) {
    heap.identify(userId);
  },
  track: function (event, props) {
    heap.track(event, props || {});
  },
  setTraits: function (traits) {
    heap.addUserProperties(traits);
  }
};
