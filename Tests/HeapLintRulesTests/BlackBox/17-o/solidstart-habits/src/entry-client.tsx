// @refresh reload
import { mount, StartClient } from "@solidjs/start/client";
import * as Sentry from "@sentry/solid";
import { loadHeap } from "./lib/heap/loader";

Sentry.init({
  dsn: import.meta.env.VITE_SENTRY_DSN,
  tracesSampleRate: 0.1,
});

loadHeap(import.meta.env.VITE_HEAP_APP_ID, { secureCookie: true, disableTextCapture: true });

mount(() => <StartClient />, document.getElementById("app")!);
