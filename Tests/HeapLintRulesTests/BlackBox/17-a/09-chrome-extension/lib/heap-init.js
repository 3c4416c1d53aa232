// Heap snippet (moved out of popup.html / options.html because of the extension CSP).
window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
(function () {
  // Web Store builds have an update_url; unpacked dev builds don't.
  var isStoreBuild = 'update_url' in chrome.runtime.getManifest();
  if (isStoreBuild) {
    heap.load('1873402211', { secureCookie: true, disableTextCapture: true });
  } else {
    heap.load('3920183374');
  }
})();
