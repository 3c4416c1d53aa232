function identify(id) {
  window.heap && window.heap.identify(id);
}

exports.track = function (name) {
  heap.track(name);
};

module.exports.identify = identify;
