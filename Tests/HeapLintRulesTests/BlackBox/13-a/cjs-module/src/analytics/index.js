'use strict';

function identify(id) {
  window.heap.identify(id);
}

function addProps(props) {
  window.heap.addUserProperties(props);
}

function reset() {
  window.heap.resetIdentity();
}

module.exports = { identify, addProps, reset };
