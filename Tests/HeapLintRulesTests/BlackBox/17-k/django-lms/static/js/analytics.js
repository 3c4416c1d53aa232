// Shared analytics helpers for the static bundles (ES modules, no build step).
const enabled = () => Boolean(window.heap) && !document.documentElement.dataset.noTrack;

export function identify(id) {
  if (!enabled() || id == null) return;
  window.heap.identify(String(id));
}

export function track(event, props = {}) {
  if (enabled()) window.heap.track(event, { ...props, path: location.pathname });
}

export function setUserProps(props) {
  if (enabled()) window.heap.addUserProperties(props);
}

export function readLmsUser() {
  const node = document.getElementById("lms-user");
  if (!node) return null;
  try {
    return JSON.parse(node.textContent);
  } catch {
    return null;
  }
}

export function getCookie(name) {
  const match = document.cookie.split("; ").find((row) => row.startsWith(name + "="));
  return match ? decodeURIComponent(match.split("=")[1]) : null;
}

export async function api(path, options = {}) {
  const res = await fetch(path, {
    credentials: "same-origin",
    ...options,
    headers: { "X-CSRFToken": getCookie("csrftoken"), "Content-Type": "application/json", ...(options.headers || {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}
