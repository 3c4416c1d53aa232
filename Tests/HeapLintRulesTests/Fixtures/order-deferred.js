function init() {
  heap.identify(user.id); // expect: call-before-load
  heap.load('123456');
  heap.track('after');
}
on('ready', function () {
  heap.track('fine: no load in this run');
});
