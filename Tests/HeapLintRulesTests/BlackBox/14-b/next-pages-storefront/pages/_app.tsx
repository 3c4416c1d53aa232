import type { AppProps } from 'next/app';
import Script from 'next/script';
import '../styles/globals.css';

type Customer = { id: string; email: string };

export default function StorefrontApp({ Component, pageProps }: AppProps<{ customer?: Customer }>) {
  return (
    <>
      {/* Heap is not critical for first paint, so it loads when the browser is idle. */}
      <Script id="heap-loader" strategy="lazyOnload">
        {`window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
heap.load("2109876543");`}
      </Script>
      {pageProps.customer && (
        <Script id="heap-identify" strategy="afterInteractive">
          {`window.heap.identify("${pageProps.customer.id}"); // expect: call-before-load
`}
        </Script>
      )}
      <Component {...pageProps} />
    </>
  );
}
