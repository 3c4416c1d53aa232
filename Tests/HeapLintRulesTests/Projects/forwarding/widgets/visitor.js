exports.identifyByToken = function () {
  const token = crypto.getRandomValues(new Uint32Array(1))[0].toString(16);
  window.heap.identify(token); // expect: random-identity
};

exports.identifyByAccount = function (accounts) {
  const first = accounts[0].id.toString(16);
  window.heap.identify(first);
};

exports.syncHeapIdentity = function () {
  const heapId = window.heap.userId;
  window.heap.addUserProperties({ heapAnonymousId: heapId });
  window.heap.identify(heapId); // expect: anonymous-identity
};

exports.identifyUser = function (user) {
  const userId = user.id;
  window.heap.identify(userId);
};
