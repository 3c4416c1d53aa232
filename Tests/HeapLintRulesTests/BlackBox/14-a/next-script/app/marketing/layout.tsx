import Script from 'next/script';
import type { ReactNode } from 'react';

export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Script
        id="heap-marketing"
        strategy="lazyOnload"
        dangerouslySetInnerHTML={{
          __html: `
      window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
      heap.load("5902837461");
          `,
        }}
      />
      <Script id="heap-campaign" strategy="afterInteractive">{`
        window.heap.addUserProperties({ landing: "marketing" }); // expect: call-before-load
      `}</Script>
      <Script id="heap-visitor" strategy="lazyOnload">{`
        window.heap.identify("visitor"); // expect: hardcoded-identity
      `}</Script>
      {children}
    </>
  );
}
