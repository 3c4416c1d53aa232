import { setReaderTraits, trackDocsEvent } from "../lib/heap.js";

export function initFeedback(form) {
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-helpful]");
    if (!button) return;

    const helpful = button.dataset.helpful === "yes";
    trackDocsEvent("Docs Feedback", {
      helpful: helpful ? "yes" : "no",
      page_title: document.title,
    });
    setReaderTraits({
      gave_docs_feedback: true, // expect: user-property-value
      last_feedback_page: location.pathname,
    });

    form.innerHTML = helpful
      ? "<span>Thanks for letting us know!</span>"
      : '<span>Sorry about that. <a href="https://github.com/quarry-dev/docs/issues/new">Tell us what was missing</a>.</span>';
  });
}
