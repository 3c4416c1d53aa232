import type { ReactNode } from 'react';
import Script from 'next/script';
import { HeapProvider } from '../components/analytics/HeapProvider';
import { SegmentBridge } from '../components/analytics/SegmentBridge';
import { getCurrentUser } from '../lib/auth';
import { IdentifyOnMount } from '../components/analytics/IdentifyOnMount';
import './globals.css';

const HEAP_APP_ID = process.env.NEXT_PUBLIC_HEAP_APP_ID;

const heapSnippet = `
  window.heap = window.heap || [];
  heap.load = function (appId, cfg) {
    window.heap.appid = appId;
    window.heap.config = cfg || {};
    var tag = document.createElement('script');
    tag.type = 'text/javascript';
    tag.async = true;
    tag.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
    var first = document.getElementsByTagName('script')[0];
    first.parentNode.insertBefore(tag, first);
    var mk = function (n) { return function () { heap.push([n].concat(Array.prototype.slice.call(arguments, 0))); }; };
    var fns = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify', 'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
    for (var j = 0; j < fns.length; j++) heap[fns[j]] = mk(fns[j]);
  };
  heap.load('${HEAP_APP_ID}');
`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <Script id="heap-snippet" strategy="beforeInteractive" dangerouslySetInnerHTML={{ __html: heapSnippet }} />
        <HeapProvider>
          {user ? <IdentifyOnMount user={{ id: user.id, email: user.email, role: user.role, seats: user.seats }} /> : null}
          <SegmentBridge />
          {children}
        </HeapProvider>
      </body>
    </html>
  );
}
