/* A namespace built up by assignments, then put on window. */
var Lib = window.Lib || {};

Lib.identifyMember = function (member) {
  heap.identify(member.email);
};

Lib.identify = function (id) {
  heap.identify(id);
};

window.Lib = Lib;
