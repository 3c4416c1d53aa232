import { type PageProps } from "$fresh/server.ts";
import { HEAP_APP_ID } from "../utils/config.ts";
import type { AppState } from "./_middleware.ts";

export default function App({ Component, state, url }: PageProps<unknown, AppState>) {
  const lang = state.locale;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <title>Wayfarer — trips without the tabs</title>
        <link rel="stylesheet" href="/styles.css" />
        <script
          dangerouslySetInnerHTML={{
            __html: `
window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
heap.addEventProperties({ site_locale: "${lang}", storefront: "${url.hostname}" }); // expect: call-before-load
heap.load("${HEAP_APP_ID}", { secureCookie: true });
${state.user ? `heap.identify(${JSON.stringify(state.user.id)});` : ""}
`,
          }}
        />
      </head>
      <body>
        <Component />
      </body>
    </html>
  );
}
