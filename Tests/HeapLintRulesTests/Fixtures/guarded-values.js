function readCookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : undefined;
}

export function fromAuthCookie() {
  const email = readCookie('auth_email');
  if (email) {
    heap.identify(email);
  }
}

export function afterEarlyReturn() {
  const email = readCookie('auth_email');
  if (!email) return;
  heap.identify(email);
}

export function unguarded() {
  const email = readCookie('auth_email');
  heap.identify(email); // expect: blocklisted-identity
}

export function guardedOtherName() {
  const email = readCookie('auth_email');
  const other = readCookie('other');
  if (other) {
    heap.identify(email); // expect: blocklisted-identity
  }
}
