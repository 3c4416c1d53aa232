'use strict';

function identify(id) {
  window.heap.identify(id);
}

function setProperties(props) {
  window.heap.addUserProperties(props);
}

function reset() {
  window.heap.resetIdentity();
}

module.exports = { identify, setProperties, reset };
