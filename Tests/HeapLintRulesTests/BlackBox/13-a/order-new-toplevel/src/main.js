/* Heap installation, kept inline so the bundle can load it without a tag manager. */
window.heap = window.heap || [];
heap.load = function (appId, config) {
  window.heap.appid = appId;
  window.heap.config = config || {};
  var script = document.createElement('script');
  script.type = 'text/javascript';
  script.async = true;
  script.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
  var first = document.getElementsByTagName('script')[0];
  first.parentNode.insertBefore(script, first);
  var stub = function (method) {
    return function () {
      heap.push([method].concat(Array.prototype.slice.call(arguments, 0)));
    };
  };
  var methods = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
  for (var i = 0; i < methods.length; i++) {
    heap[methods[i]] = stub(methods[i]);
  }
};

class SessionTracker {
  constructor(user) {
    this.user = user;
    window.heap.identify(user.email);
  }

  refresh(props) {
    window.heap.addUserProperties(props);
  }
}

class PageTracker {
  constructor() {
    this.startedAt = performance.now();
  }

  start() {
    window.heap.track('Page Viewed', { path: location.pathname });
  }
}

function tagExperiment() {
  window.heap.addUserProperties({ experiment: document.body.dataset.experiment || 'control' });
}

function restoreLater(user) {
  return new SessionTracker(user);
}

const bootUser = window.__BOOT__.user;
const session = new SessionTracker(bootUser); // expect: call-before-load
const pages = new PageTracker();
tagExperiment(); // expect: call-before-load

Promise.resolve().then(() => window.heap.addUserProperties({ boot: 'promise' }));
queueMicrotask(() => window.heap.track('Boot Microtask'));
setTimeout(() => pages.start(), 0);
requestIdleCallback(() => session.refresh({ idle_boot: 'yes' }));
document.addEventListener('visibilitychange', () => window.heap.track('Visibility Changed', { state: document.visibilityState }));
window.addEventListener('app:relogin', (e) => restoreLater(e.detail.user));

heap.load('3310476529');

window.heap.addUserProperties({ build: window.__BOOT__.build });
