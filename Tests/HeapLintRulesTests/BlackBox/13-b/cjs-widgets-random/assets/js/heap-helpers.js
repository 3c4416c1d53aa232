exports.identify = function (id) {
  window.heap.identify(id);
};

exports.addProps = function (props) {
  window.heap.addUserProperties(props);
};
