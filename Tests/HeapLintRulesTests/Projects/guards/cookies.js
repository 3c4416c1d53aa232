function readCookie(name) {
  const match = document.cookie.match(new RegExp(name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : undefined;
}
// Inside a truthiness check the cookie cannot be undefined.
export function a() {
  const id = readCookie('account');
  if (id) {
    heap.identify(id);
  }
}
export function b() {
  const id = readCookie('account');
  heap.identify(id); // expect: blocklisted-identity
}
export function c() {
  const id = readCookie('account');
  if (!id) return;
  heap.identify(id);
}
export function d() {
  const id = readCookie('account');
  id && heap.identify(id);
}
export function e() {
  const id = readCookie('account');
  if (id) {
    document.addEventListener('click', () => heap.identify(id));
  }
}
export function f(user) {
  const id = readCookie('account');
  if (user) heap.identify(id); // expect: blocklisted-identity
}
