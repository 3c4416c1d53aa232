function identify(id) {
  window.heap.identify(id);
}
module.exports = { identify };
