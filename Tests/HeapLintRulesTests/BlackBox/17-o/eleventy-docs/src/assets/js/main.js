import { initAccountWidget } from "./widgets/account.js";
import { initFeedback } from "./widgets/feedback.js";
import { initSearch } from "./widgets/search.js";
import { initPlayground } from "./widgets/playground.js";
import { trackDocsEvent } from "./lib/heap.js";

initAccountWidget(document.querySelector("[data-account]"));
document.querySelectorAll("[data-feedback]").forEach((form) => initFeedback(form));
initSearch(document.querySelector("#docsearch"));
initPlayground(document.querySelector("[data-playground]"));

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-track]");
  if (link) trackDocsEvent("Docs Link Clicked", { target: link.getAttribute("href"), label: link.dataset.track });
});

document.querySelectorAll("pre > code").forEach((code) => {
  const button = document.createElement("button");
  button.className = "copy";
  button.textContent = "Copy";
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(code.textContent);
    trackDocsEvent("Code Copied", { language: code.className.replace("language-", "") || "text" });
  });
  code.parentElement.append(button);
});
