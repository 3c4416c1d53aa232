import { identifyReader, setReaderTraits, trackDocsEvent } from "../lib/heap.js";

const ME_URL = "https://app.quarry.dev/api/v1/me";

async function fetchMe() {
  try {
    const res = await fetch(ME_URL, { credentials: "include" });
    return res.ok ? await res.json() : null;
  } catch (err) {
    return null;
  }
}

function render(root, me) {
  const signin = root.querySelector(".signin");
  const signedIn = root.querySelector(".signed-in");
  if (me && me.email) {
    signin.hidden = true;
    signedIn.hidden = false;
    signedIn.querySelector(".who").textContent = me.name || me.email;
  }
}

export async function initAccountWidget(root) {
  if (!root) return;
  const me = await fetchMe();
  render(root, me);

  // Readers of the docs are either console users (shared cookie on .quarry.dev) or visitors.
  const reader = me && me.email ? me.email : "anonymous";
  identifyReader(reader); // expect: blocklisted-identity

  if (me && me.email) {
    setReaderTraits({
      console_plan: me.plan,
      console_role: me.role,
      projects: me.projectCount,
    });
    trackDocsEvent("Docs Visit Signed In", { plan: me.plan });
  }
}
