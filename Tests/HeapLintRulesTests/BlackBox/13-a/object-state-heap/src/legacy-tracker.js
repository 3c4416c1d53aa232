function LegacyTracker() {
  this._heap = window.heap;
}

LegacyTracker.prototype.login = function (user) {
  this._heap.indentify(user.email); // expect: unknown-heap-method
};

LegacyTracker.prototype.profile = function (user) {
  this._heap.addUserProperties({ company: user.company, country: user.country });
};

LegacyTracker.prototype.logout = function () {
  this._heap.resetIdentity();
};

LegacyTracker.prototype.whoAmI = function () {
  return this._heap.identity || null;
};

export default LegacyTracker;
