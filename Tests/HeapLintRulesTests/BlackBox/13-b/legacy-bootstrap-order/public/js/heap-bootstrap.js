/* Heap install snippet (classic), followed by our boot-time identity wiring. */
window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};

function currentUser() {
  return window.__APP_STATE__ && window.__APP_STATE__.user;
}

class ConsentDefaults {
  static {
    heap.addUserProperties({ consentVersion: '2023-09' }); // expect: call-before-load
  }
}

class SessionIdentity {
  constructor(user) {
    if (user) heap.identify(user.email); // expect: call-before-load
  }
}

const initialIdentity = new SessionIdentity(currentUser());

Promise.resolve().then(function () {
  heap.track('Bootstrap Resolved');
});
queueMicrotask(() => heap.addEventProperties({ bundle: 'legacy' }));
setTimeout(() => heap.addUserProperties({ timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }), 0);
if ('requestIdleCallback' in window) {
  requestIdleCallback(() => heap.track('Bootstrap Idle'));
}
document.addEventListener('DOMContentLoaded', function () {
  var u = currentUser();
  if (u) heap.addUserProperties({ accountTier: u.tier });
});

heap.load("1946302875", { secureCookie: true });

heap.addEventProperties({ surface: 'web-legacy' });
window.__heapReady = initialIdentity;
