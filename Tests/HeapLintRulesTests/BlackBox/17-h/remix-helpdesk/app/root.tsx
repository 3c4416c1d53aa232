import { useEffect } from "react";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useLocation,
  useRouteError,
} from "react-router";
import type { Route } from "./+types/root";
import { getSessionAgent } from "~/lib/session.server";
import { heapSnippet } from "~/lib/heap-snippet";
import { useHeapIdentity } from "~/hooks/useHeapIdentity";
import { setPageContext } from "~/lib/analytics.client";
import "./app.css";

export async function loader({ request }: Route.LoaderArgs) {
  const agent = await getSessionAgent(request);
  return {
    agent,
    heapAppId: process.env.HEAP_APP_ID ?? "",
    buildSha: process.env.GIT_SHA?.slice(0, 7) ?? "dev",
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useLoaderData<typeof loader>();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data?.heapAppId ? (
          <script dangerouslySetInnerHTML={{ __html: heapSnippet(data.heapAppId) }} />
        ) : null}
      </head>
      <body className="h-full bg-slate-50">
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function usePageviewTracking(buildSha: string) {
  const location = useLocation();
  useEffect(() => {
    setPageContext({ build: buildSha, section: location.pathname.split("/")[1] || "home" });
    // SPA navigations don't reload the snippet, so record them by hand.
    window.heap?.trackPageView({ path: location.pathname }); // expect: unknown-heap-method
  }, [location.pathname, buildSha]);
}

export default function App() {
  const { agent, buildSha } = useLoaderData<typeof loader>();
  useHeapIdentity(agent);
  usePageviewTracking(buildSha);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  useEffect(() => {
    window.heap?.track("Route Error", {
      status: isRouteErrorResponse(error) ? error.status : 500,
    });
  }, [error]);

  if (isRouteErrorResponse(error)) {
    return (
      <main className="p-8">
        <h1>{error.status}</h1>
        <p>{error.statusText}</p>
      </main>
    );
  }
  return (
    <main className="p-8">
      <h1>Something went wrong</h1>
    </main>
  );
}
