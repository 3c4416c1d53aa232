import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
} from "@remix-run/react";
import { useEffect } from "react";

import { HEAP_APP_ID } from "~/config/analytics";
import { getUser } from "~/session.server";
import stylesheet from "~/tailwind.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return json({ heapAppId: HEAP_APP_ID, user });
}

// Heap's install snippet, rendered server-side so it runs before hydration.
function heapSnippet(appId: string) {
  return (
    'window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};' +
    'var r=document.createElement("script");r.type="text/javascript",r.async=!0,' +
    'r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];' +
    "a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}}," +
    'p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],' +
    "o=0;o<p.length;o++)heap[p[o]]=n(p[o])};" +
    `heap.load(${JSON.stringify(appId)}, { secureCookie: true });`
  );
}

export default function App() {
  const { heapAppId, user } = useLoaderData<typeof loader>();

  useEffect(() => {
    if (!user) return;
    // Customers from before the 2023 replatform were identified by email back then.
    if (user.identifiedByEmailBefore2023) {
      window.heap?.identify(user.email);
    }
    window.heap?.identify(user.id); // expect: conflicting-identities
    window.heap?.addUserProperties({ loyaltyTier: user.loyaltyTier, country: user.country });
  }, [user]);

  function handleLogout() {
    window.heap?.identify(); // expect: identity-type
  }

  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {heapAppId ? (
          <script dangerouslySetInnerHTML={{ __html: heapSnippet(heapAppId) }} />
        ) : null}
      </head>
      <body>
        <header className="flex items-center justify-between p-4">
          <Link to="/">Fernleaf</Link>
          {user ? (
            <Form method="post" action="/logout" onSubmit={handleLogout}>
              <button type="submit">Sign out</button>
            </Form>
          ) : (
            <Link to="/login">Sign in</Link>
          )}
        </header>
        <Outlet />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
