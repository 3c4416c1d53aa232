class Session {
  constructor(user) {
    heap.identify(user.email); // expect: call-before-load
  }
  refresh(props) {
    heap.addUserProperties(props);
  }
}

class Boot {
  static {
    heap.track('Boot'); // expect: call-before-load
    document.addEventListener('ready', () => heap.track('Ready'));
  }
}

const session = new Session(window.BOOT.user);
Promise.resolve().then(() => heap.track('Promise'));
queueMicrotask(() => heap.track('Microtask'));
setTimeout(() => session.refresh({ later: 'yes' }), 0);
requestIdleCallback(() => heap.track('Idle'));

heap.load('1234567890');
