import { FEEDBACK_ENDPOINT } from './config';
import { identifyReader, trackDocs } from './analytics';

export function initFeedback(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('.js-feedback-form');
  if (!form) return;
  const page = root.dataset.page ?? location.pathname;

  function panelistId(): string {
    return `panel-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  }

  root.querySelectorAll('button[type="button"]').forEach((button) => {
    button.addEventListener('click', () => {
      form.hidden = false;
    });
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const submissionId = crypto.randomUUID();
    await fetch(FEEDBACK_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submissionId },
      body: JSON.stringify({ page, comment: data.get('comment') }),
    });
    if (data.get('research_panel') === 'on') {
      identifyReader(panelistId()); // expect: random-identity
    }
    trackDocs('Feedback Submitted', { page, submission_id: submissionId });
    form.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Thanks for the feedback!' }));
  });
}
