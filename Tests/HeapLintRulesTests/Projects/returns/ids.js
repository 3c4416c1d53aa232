import { v4 as uuidv4 } from 'uuid';
import { nanoid } from 'nanoid';

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

// Another name for a package's generator: calling it where it is imported is random too.
export const newRequestId = uuidv4;
export const sessionKey = nanoid;
