// No Heap here: what these functions return still matters where they are used.
export function getUserId() {
  const id = readCookie('uid');
  if (id) {
    return id;
  }
  return 'unknown_user';
}

export function getVisitorKey() {
  return crypto.randomUUID();
}

export function getAccountEmail() {
  return session.email;
}
