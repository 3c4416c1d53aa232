function trackSignup(heap, user) {
  heap.identify(user.id);
  heap.addUserProperties({ plan: user.plan });
}

module.exports = { trackSignup };
