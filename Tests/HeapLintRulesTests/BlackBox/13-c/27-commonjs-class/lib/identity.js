'use strict';

exports.identify = function (id) {
  window.heap.identify(id);
};

exports.addProps = (props) => window.heap.addUserProperties(props);
