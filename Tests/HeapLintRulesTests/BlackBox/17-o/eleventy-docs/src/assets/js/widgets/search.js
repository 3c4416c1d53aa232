import docsearch from "@docsearch/js";
import { MinHeap } from "../lib/min-heap.js";
import { trackDocsEvent } from "../lib/heap.js";

const ALGOLIA = { appId: "QX8R1ZB0E4", apiKey: "9f3c1b0e2a7d4c5e8b6a1f2d3c4b5a69", indexName: "quarry-docs" };

// Offline fallback: rank headings of the current page when Algolia is unreachable.
export function topLocalMatches(query, k = 5) {
  const q = query.trim().toLowerCase();
  const heap = new MinHeap((a, b) => a.score - b.score);
  document.querySelectorAll("#content h2, #content h3").forEach((h) => {
    const text = h.textContent.toLowerCase();
    const idx = text.indexOf(q);
    if (idx === -1) return;
    heap.push({ id: h.id, text: h.textContent, score: 100 - idx - text.length / 10 });
    if (heap.size() > k) heap.pop();
  });
  return heap.toArray().sort((a, b) => b.score - a.score);
}

export function initSearch(container) {
  if (!container) return;
  docsearch({
    container,
    ...ALGOLIA,
    insights: true,
    transformItems(items) {
      return items;
    },
    navigator: {
      navigate({ itemUrl }) {
        trackDocsEvent("Docs Search Result Opened", { url: itemUrl });
        window.location.assign(itemUrl);
      },
    },
  });

  container.addEventListener("input", (event) => {
    const query = event.target.value || "";
    if (query.length < 3) return;
    window.heap && window.heap.setUserProperties({ last_docs_search: query.slice(0, 80) }); // expect: unknown-heap-method
  });
}
