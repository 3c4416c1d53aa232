const Store = require('electron-store');

const store = new Store();

window.heap = window.heap || [];
heap.load = function (e, t) {
  window.heap.appid = e;
  window.heap.config = t = t || {};
  var r = document.createElement('script');
  r.type = 'text/javascript';
  r.async = !0;
  r.src = 'https://cdn.heapanalytics.com/js/heap-' + e + '.js';
  var a = document.getElementsByTagName('script')[0];
  a.parentNode.insertBefore(r, a);
  for (
    var n = function (e) {
        return function () {
          heap.push([e].concat(Array.prototype.slice.call(arguments, 0)));
        };
      },
      p = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'],
      o = 0;
    o < p.length;
    o++
  )
    heap[p[o]] = n(p[o]);
};

class SessionRestorer {
  constructor(settings) {
    const saved = settings.get('account');
    if (saved) {
      window.heap.identify(saved.email); // expect: call-before-load
    }
  }
}

class PlatformInfo {
  static {
    window.heap.addUserProperties({ platform: process.platform }); // expect: call-before-load
  }
}

const restorer = new SessionRestorer(store);

Promise.resolve().then(() => window.heap.track('App Ready'));
queueMicrotask(() => heap.addUserProperties({ electron: process.versions.electron }));
setTimeout(() => heap.track('Warm Start'), 0);
requestIdleCallback(() => heap.addUserProperties({ arch: process.arch }));
window.addEventListener('focus', () => heap.track('Window Focused'));

heap.load('4012870021', { disableTextCapture: true });

heap.track('Renderer Booted');

module.exports = { restorer, PlatformInfo };
