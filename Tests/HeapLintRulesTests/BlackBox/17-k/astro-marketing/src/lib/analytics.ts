// Browser-side analytics helpers for the marketing site. Heap is loaded by
// BaseLayout.astro; every helper tolerates it being blocked by an extension.

type Props = Record<string, string | number>;

const HEAP_DEBUG = import.meta.env.DEV;

function heapOrNull() {
  return typeof window === 'undefined' ? null : window.heap ?? null;
}

export function identifyLead(email: string) {
  const trimmed = email.trim().toLowerCase();
  if (HEAP_DEBUG) console.info('[heap] identify', trimmed);
  window.heap?.identify(trimmed);
}

export function setLeadProps(props: Props) {
  window.heap?.addUserProperties(props);
}

export function trackCta(name: string, props: Props = {}) {
  window.heap?.track(name, { page: location.pathname, ...props });
}

export function tagVisitor(props: Props) {
  window.heap?.addEventProperties(props);
}

export function utmParams(): Props {
  const params = new URLSearchParams(location.search);
  const out: Props = {};
  for (const key of ['utm_source', 'utm_medium', 'utm_campaign']) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

export { heapOrNull };
