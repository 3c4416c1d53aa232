const SNIPPET =
  'window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};';

export function injectHeap(appId) {
  if (document.getElementById('heap-snippet')) return;
  const script = document.createElement('script');
  script.id = 'heap-snippet';
  script.type = 'text/javascript';
  script.textContent = SNIPPET + 'heap.load("' + appId + '");';
  document.head.appendChild(script);
}

export function injectIdentify(user) {
  const script = document.createElement('script');
  script.text = 'heap.identify(' + JSON.stringify(user.email) + ');';
  document.head.appendChild(script);
}

export function injectFallbackIdentity() {
  const script = document.createElement('script');
  script.text = 'heap.identify("none");'; // expect: blocklisted-identity
  document.head.appendChild(script);
}

export function injectPreviewHeap() {
  const el = document.createElement('script');
  el.innerHTML = SNIPPET + "heap.load('');"; // expect: invalid-app-id
  document.body.appendChild(el);
}
