export class Tracker {
  get heap() {
    return window.heap;
  }

  identify(user) {
    this.heap.identify(user.email);
  }

  clearForPublicScreen() {
    this.heap.identify(''); // expect: blocklisted-identity
  }

  traits(user) {
    this.heap.addUserProperties({ plan: user.plan, seats: user.seats });
    this.heap.addUserProperties({ admin: user.role === 'admin' }); // expect: user-property-value
  }

  logout() {
    this.heap.resetIdentity();
  }
}
