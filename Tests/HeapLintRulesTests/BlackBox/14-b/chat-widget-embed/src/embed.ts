interface EmbedConfig {
  heapAppId: string;
  tenant: string;
  visitorEmail?: string;
}

function injectInline(code: string): void {
  const el = document.createElement('script');
  el.type = 'text/javascript';
  el.textContent = code;
  document.head.appendChild(el);
}

export function installAnalytics(cfg: EmbedConfig): void {
  const script = document.createElement('script');
  script.type = 'text/javascript';
  script.innerHTML = `
    window.heap = window.heap || [];
    heap.addEventProperties({ widget: "chat", tenant: "${cfg.tenant}" }); // expect: call-before-load
    window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
    heap.load("${cfg.heapAppId}");
    heap.track("Chat Widget Loaded");
  `;
  document.head.appendChild(script);

  if (cfg.visitorEmail) {
    injectInline(`window.heap.identify(${JSON.stringify(cfg.visitorEmail)});`);
  }
}
