const analytics = {
  identify(user) {
    if (!window.heap) return;
    window.heap.identify(user.email);
  },
  setProperties(props) {
    window.heap && window.heap.trackUserProperties(props); // expect: unknown-heap-method
  },
  logout() {
    window.heap && window.heap.identify(''); // expect: blocklisted-identity
  },
  userId() {
    return window.heap ? window.heap.userId : null;
  },
};

export default analytics;
