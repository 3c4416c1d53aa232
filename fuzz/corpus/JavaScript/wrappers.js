function identifyUser(u) { if (window.heap) heap.identify(u); }
const Analytics = { identifyUser, track: (...a) => heap.track(...a) };
Analytics.identifyUser(Date.now().toString());
identifyUser(String(undefined)); identifyUser(`${{}}`);
window.heap = window.heap || []; heap.load = function (e, t) { window.heap.appid = e; };
