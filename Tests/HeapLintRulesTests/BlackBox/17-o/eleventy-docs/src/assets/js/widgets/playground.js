import { identifyReader, trackDocsEvent } from "../lib/heap.js";

const SANDBOX_API = "https://sandbox.quarry.dev/v1";

export function initPlayground(el) {
  if (!el) return;
  // one throwaway sandbox per page view; the sandbox service garbage-collects it after 30 minutes
  const sandboxId = "sbx_" + Math.random().toString(36).slice(2, 10);
  const editor = el.querySelector("textarea");
  const output = el.querySelector("output");
  let runs = 0;

  el.querySelector("[data-run]").addEventListener("click", async () => {
    runs += 1;
    if (runs === 1) {
      identifyReader(sandboxId); // expect: random-identity
    }
    const started = performance.now();
    const res = await fetch(`${SANDBOX_API}/sandboxes/${sandboxId}/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sql: editor.value }),
    });
    const body = await res.json();
    output.textContent = res.ok ? JSON.stringify(body.rows, null, 2) : body.error;
    trackDocsEvent("Playground Query Run", {
      sandbox_id: sandboxId,
      ok: res.ok ? 1 : 0,
      ms: Math.round(performance.now() - started),
      runs,
    });
  });
}
