import { api, setUserProps, track } from "./analytics.js";

const form = document.querySelector("#signup-form");
const trialButton = document.querySelector("#start-trial");

form?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  try {
    const result = await api("/api/signup/", { method: "POST", body: JSON.stringify(data) });
    window.heap?.identify(result.user_id || "None"); // expect: blocklisted-identity
    setUserProps({ signup_source: data.source || "organic", goal: data.goal });
    track("Signed Up", { plan: data.plan });
    window.location.assign(result.next);
  } catch (err) {
    track("Signup Failed", { reason: err.message });
  }
});

// "Try a lesson first" skips the account form entirely.
trialButton?.addEventListener("click", () => {
  const trialId = "trial-" + Math.random().toString(36).slice(2, 10);
  sessionStorage.setItem("trial_id", trialId);
  window.heap?.identify(trialId); // expect: random-identity
  track("Trial Started", { entry: trialButton.dataset.entry });
});
