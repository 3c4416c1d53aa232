import { initAuth } from './auth';
import { initPreferences } from './preferences';
import { initNewsletterConfirmation } from './newsletter';
import { initFeedback } from './feedback';
import { reportClick, reportSearch, topHits, type SearchHit } from './search';

async function runSearch(input: HTMLInputElement, list: HTMLElement): Promise<void> {
  const query = input.value.trim();
  if (query.length < 2) return;
  const index = (await (await fetch('/index.json')).json()) as SearchHit[];
  const scored = index.map((h) => ({ ...h, score: h.title.toLowerCase().includes(query.toLowerCase()) ? 2 : 0 }));
  const hits = topHits(scored.filter((h) => h.score > 0), 8);
  list.replaceChildren(
    ...hits.map((hit, i) => {
      const a = Object.assign(document.createElement('a'), { href: hit.url, textContent: hit.title });
      a.addEventListener('click', () => reportClick(query, hit, i + 1));
      return a;
    }),
  );
  reportSearch(query, hits);
}

document.addEventListener('DOMContentLoaded', () => {
  void initAuth();
  initPreferences(document.querySelector<HTMLFormElement>('#reader-preferences'));
  initNewsletterConfirmation();
  document.querySelectorAll<HTMLElement>('.doc-feedback').forEach(initFeedback);

  const input = document.querySelector<HTMLInputElement>('#search');
  const list = document.querySelector<HTMLElement>('#search-results');
  if (input && list) input.addEventListener('input', () => void runSearch(input, list));
});
