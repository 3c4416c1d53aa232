'use strict';

function identify(id) {
  if (window.heap) {
    window.heap.identify(id);
  }
}

function setUserProps(props) {
  if (window.heap) {
    window.heap.addUserProperties(props);
  }
}

function reset() {
  if (window.heap) {
    window.heap.resetIdentity();
  }
}

module.exports = {
  identify: identify,
  setUserProps: setUserProps,
  reset: reset
};
