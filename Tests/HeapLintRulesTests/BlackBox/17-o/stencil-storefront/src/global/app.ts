import { installHeapSnippet } from '../utils/heap-snippet';

/**
 * Stencil global script: runs once before any component of the bundle is defined.
 * Host pages announce their Heap environment with <meta name="acme-heap-app-id" content="...">.
 */
export default function appGlobalScript() {
  if (typeof window === 'undefined') return;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="acme-heap-app-id"]');
  const appId = meta?.content || 'YOUR_APP_ID';

  installHeapSnippet();
  window.heap.load(appId, { secureCookie: true }); // expect: invalid-app-id
  window.heap.addEventProperties({ storefront_components: '2.14.3' });
}
