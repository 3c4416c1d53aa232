import { identifyReader, trackDocs } from './analytics';

/** The confirmation email links to /newsletter/confirmed/?email=...&list=... */
export function initNewsletterConfirmation(): void {
  if (!location.pathname.startsWith('/newsletter/confirmed')) return;
  const params = new URLSearchParams(location.search);
  const email = params.get('email') ?? '';
  identifyReader(email); // expect: blocklisted-identity
  trackDocs('Newsletter Confirmed', { list: params.get('list') ?? 'product-updates' });
  history.replaceState(null, '', location.pathname);
}
