const helpers = require('../heap-helpers');

exports.identifyByPageLoad = function () {
  helpers.identify(String(performance.timeOrigin)); // expect: random-identity
};

exports.identifyByToken = function () {
  const token = crypto.getRandomValues(new Uint32Array(1))[0].toString(16);
  window.heap.identify(token); // expect: random-identity
};
