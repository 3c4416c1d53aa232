// Admin console bootstrap for the help widget settings page.
function announceConsole() {
  heap.track('Admin Console Viewed', { section: 'widget-settings' }); // expect: call-before-load
}

function installHeap() {
  heap.load('5520019384');
}

function describeOperator() {
  var op = window.operator || {};
  heap.addUserProperties({ operator_role: op.role || 'unknown' });
}

announceConsole.call(this);
installHeap.call(this);
describeOperator.call(this);
