// Bindings that read themselves: legal with var (the old value, or undefined), a ReferenceError
// with const. Either way the value is unknown, and the analysis must end rather than loop.
var config = config || {};
var settings = { id: settings.id, plan: 'pro' };
var loop = { next: loop.next.next };
function fromConfig() { heap.identify(config.userId); }
function fromSelf() {
  const user = user.email;
  heap.identify(user.email);
}
function fromSettings() {
  heap.identify(settings.id);
  heap.addUserProperties({ plan: settings.plan });
}
function fromLoop() { heap.identify(loop.next.next.id); }
heap.identify('guest'); // expect: blocklisted-identity
