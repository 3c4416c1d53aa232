// A lazily made singleton: Analytics.getInstance() returns the one instance.
class Analytics {
  static instance = null;

  static getInstance() {
    if (!Analytics.instance) Analytics.instance = new Analytics();
    return Analytics.instance;
  }

  identify(id) {
    window.heap.identify(id);
  }
}

export function kiosk() {
  Analytics.getInstance().identify('guest'); // expect: blocklisted-identity
}

export function signIn(user) {
  Analytics.getInstance().identify(user.id);
}

// A registry whose method returns something that is not a wrapper stays silent.
const registry = {
  logger() {
    return console;
  },
};
registry.logger().log('guest');
