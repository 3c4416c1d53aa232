import Script from 'next/script';

export function HeapBeforeInteractive({ userId }: { userId?: string }) {
  return (
    <>
      <Script id="heap-early" strategy="beforeInteractive">{`
      window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r);var n=["init","startTracking","stopTracking","track","resetIdentity","identify","identifyHashed","getSessionId","getUserId","getIdentity","addUserProperties","addEventProperties","removeEventProperty","clearEventProperties","addAccountProperties","addAdapter","addTransformer","addTransformerFn","onReady","addPageviewProperties","removePageviewProperty","clearPageviewProperties","trackPageview"],i=function(e){return function(...t){try{return window.heap.push([e,...t])}catch(e){}}};for(let e of n)window.heap[e]=i(e)};
      heap.load("6102938475");
      `}</Script>
      {userId ? (
        <Script id="heap-early-identify" strategy="afterInteractive">{`
          heap.identify("${userId}");
        `}</Script>
      ) : null}
    </>
  );
}
