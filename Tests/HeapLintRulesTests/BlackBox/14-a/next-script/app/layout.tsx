import Script from 'next/script';
import type { ReactNode } from 'react';
import { getCurrentUser } from '@/lib/session';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();

  return (
    <html lang="en">
      <body>
        {children}
        <Script id="heap-analytics" strategy="afterInteractive">{`
      window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r);var n=["init","startTracking","stopTracking","track","resetIdentity","identify","identifyHashed","getSessionId","getUserId","getIdentity","addUserProperties","addEventProperties","removeEventProperty","clearEventProperties","addAccountProperties","addAdapter","addTransformer","addTransformerFn","onReady","addPageviewProperties","removePageviewProperty","clearPageviewProperties","trackPageview"],i=function(e){return function(...t){try{return window.heap.push([e,...t])}catch(e){}}};for(let e of n)window.heap[e]=i(e)};
      heap.load("${process.env.NEXT_PUBLIC_HEAP_ENV_ID}");
        `}</Script>
        {user && (
          <Script id="heap-identify" strategy="lazyOnload">{`
            window.heap.identify("${user.id}");
            window.heap.addUserProperties({ plan: "${user.plan}" });
          `}</Script>
        )}
      </body>
    </html>
  );
}
