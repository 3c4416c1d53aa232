import Script from 'next/script';
import { Helmet } from 'react-helmet';

// The snippet as a string: parsed, positions mapped back, `${...}` a per-request value.
export function HeapHead({ user, appId }) {
  return (
    <>
      <script
        dangerouslySetInnerHTML={{
          __html: `
            heap.addUserProperties({ plan: "${user.plan}" }); // expect: call-before-load
            window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
            heap.load("${appId}");
            heap.identify(${JSON.stringify(user.id)});
          `,
        }}
      />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify({ name: 'heap' }) }} />
    </>
  );
}

// next/script: afterInteractive runs before lazyOnload, whatever the source order.
export function Layout() {
  return (
    <>
      <Script id="heap" strategy="lazyOnload">{`
        window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
        heap.load("1234567890");
      `}</Script>
      <Script id="heap-early" strategy="afterInteractive">{`
        window.heap.track("Landing"); // expect: call-before-load
      `}</Script>
      <Script id="heap-late" strategy="lazyOnload">{`window.heap.identify("visitor"); // expect: hardcoded-identity
      `}</Script>
    </>
  );
}

export function Kiosk() {
  return <Helmet script={[{ type: 'text/javascript', innerHTML: 'window.heap.identify("undefined");' }]} />; // expect: blocklisted-identity
}

// A script element's text, and document.write.
export function inject(appId, user) {
  const s = document.createElement('script');
  s.text = 'window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};' + 'heap.load("' + appId + '");';
  document.head.appendChild(s);
  const t = document.createElement('script');
  t.textContent = 'heap.load("YOUR_APP_ID");'; // expect: invalid-app-id
  const div = document.createElement('div');
  div.innerHTML = 'heap.identify("admin")';
  document.write('<script>heap.identify("' + user.email + '");<\/script>');
}

export function fallback(signedIn) {
  if (signedIn) document.write('<script>heap.identify(window.USER_ID);<\/script>');
  else document.write('<script>heap.identify("Guest");<\/script>'); // expect: hardcoded-identity
}
