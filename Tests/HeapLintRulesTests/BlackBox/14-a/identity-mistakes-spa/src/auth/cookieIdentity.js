function readCookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : undefined;
}

export function identifyFromCookie() {
  const visitorId = readCookie('_visitor_id');
  if (visitorId) {
    heap.identify(visitorId); // expect: anonymous-identity
  }
}

export function identifyFromAuthCookie() {
  const email = readCookie('auth_email');
  if (email) {
    heap.identify(email);
  }
}
