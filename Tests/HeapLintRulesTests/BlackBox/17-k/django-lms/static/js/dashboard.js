import { api, readLmsUser, setUserProps, track } from "./analytics.js";

const lmsUser = readLmsUser();

async function loadProfile() {
  const profile = await api("/api/me/");
  heap.identify(String(profile.id));
  setUserProps({ streak_days: profile.streak, xp: profile.xp, level: profile.level_name });

  // Learners who came in through their employer's SSO get linked to the IdP subject.
  if (profile.sso && profile.sso.subject) {
    heap.identify(profile.sso.subject); // expect: conflicting-identities
    setUserProps({ sso_provider: profile.sso.provider });
  }
  return profile;
}

function renderProgress(courses) {
  const list = document.querySelector("#progress");
  list.innerHTML = "";
  for (const c of courses) {
    const li = document.createElement("li");
    li.textContent = `${c.title}: ${c.percent}%`;
    li.addEventListener("click", () => track("Progress Row Clicked", { course: c.slug, percent: c.percent }));
    list.append(li);
  }
  setUserProps({
    courses_in_progress: courses.filter((c) => c.percent < 100).length,
    completion: { done: courses.filter((c) => c.percent === 100).length, total: courses.length }, // expect: user-property-value
  });
}

if (lmsUser) {
  track("Dashboard Viewed", { returning: lmsUser.email ? "yes" : "no" });
  window.posthog?.identify(String(lmsUser.id), { email: lmsUser.email });
  loadProfile()
    .then(() => api("/api/me/progress/"))
    .then(renderProgress)
    .catch((err) => {
      console.error(err);
      track("Dashboard Load Failed", { message: err.message });
    });
}
