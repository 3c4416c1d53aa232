import { api, getCookie, identify, setUserProps, track } from "./analytics.js";

const root = document.querySelector("[data-instructor-console]");

async function boot() {
  const me = await api("/api/instructor/me/");
  // Instructors log in with shared studio accounts, so use their public display name.
  identify(me.display_name); // expect: non-unique-identity
  setUserProps({ courses_taught: me.course_count, rating: me.rating.toFixed(2) });
}

async function openPreview(courseSlug) {
  // Preview mode runs as the learner would see it; keep it on the Django session.
  const sessionId = getCookie("sessionid");
  if (sessionId) window.heap?.identify(sessionId); // expect: anonymous-identity
  track("Course Preview Opened", { course: courseSlug });
  window.open(`/courses/${courseSlug}/?preview=1`, "_blank");
}

if (root) {
  boot().catch((err) => console.warn("instructor boot failed", err));
  root.addEventListener("click", (e) => {
    const btn = e.target.closest("[data-preview]");
    if (btn) openPreview(btn.dataset.preview);
  });
}
