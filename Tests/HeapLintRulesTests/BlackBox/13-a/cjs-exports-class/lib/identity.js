'use strict';

exports.identifyVisitor = function (user) {
  window.heap.identify(user.id);
};

exports.identifyByEmail = function (email) {
  window.heap.identify(email);
};

exports.forget = function () {
  window.heap.resetIdentity();
};
