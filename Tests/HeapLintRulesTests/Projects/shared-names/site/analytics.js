// A classic script: its top-level functions are the page's globals.
function identifyVisitor(id) {
  if (window.heap) heap.identify(id);
}
var Tracker = {
  identify: function (user) { heap.identify(user.id); }
};
