/**
 * Reads a non-httpOnly cookie set by the server (for example `hl_user_id`, written by the
 * magic-link endpoint so the welcome page can greet the user before the session query returns).
 */
export function readCookie(name: string): string {
  if (typeof document === "undefined") return "";
  const match = document.cookie.match(new RegExp("(?:^|; )" + name.replace(/[.$?*|{}()[\]\\/+^]/g, "\\$&") + "=([^;]*)"));
  return match ? decodeURIComponent(match[1]) : "";
}

export function clearCookie(name: string) {
  document.cookie = `${name}=; Max-Age=0; path=/`;
}
