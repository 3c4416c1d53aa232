/* County Library shared helpers (ES5, no build step) */
var Lib = window.Lib || {};

Lib.track = function (name, props) {
  if (window.heap && window.heap.track) {
    heap.track(name, props || {});
  }
};

Lib.identify = function (id) {
  heap.identify(id);
};

Lib.identifyPatron = function (p) {
  heap.identify({ handle: p.cardNumber }); // expect: blocklisted-identity
};

Lib.analytics = {};
window.Lib = Lib;
