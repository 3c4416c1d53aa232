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

export function earlyReturn() {
  const email = readCookie('auth_email');
  if (!email) return;
  heap.identify(email);
}

export function nullCheck() {
  const email = readCookie('auth_email');
  if (email == null) {
    throw new Error('signed out');
  }
  heap.identify(email);
}

export function unguarded() {
  const email = readCookie('auth_email');
  heap.identify(email); // expect: blocklisted-identity
}

export function wrongGuard() {
  const email = readCookie('auth_email');
  if (!email) {
    heap.identify(email); // expect: blocklisted-identity
  }
}
