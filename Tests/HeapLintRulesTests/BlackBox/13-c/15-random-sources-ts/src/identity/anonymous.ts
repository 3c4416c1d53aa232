import { ulid } from 'ulid';
import { createId } from '@paralleldrive/cuid2';
import { customAlphabet } from 'nanoid';
import { v7 as uuidv7 } from 'uuid';

const heap = (window as any).heap;
const shortCode = customAlphabet('0123456789abcdefghjkmnpqrstvwxyz', 12);

export function identifyPreviewVisitor(): void {
  heap.identify(ulid()); // expect: random-identity
}

export function identifyDraftAuthor(): void {
  heap.identify(createId()); // expect: random-identity
}

export function identifyShareLink(): void {
  const code = shortCode();
  heap.identify(code); // expect: random-identity
}

export function identifyEmbed(): void {
  const buf = crypto.getRandomValues(new Uint32Array(1));
  heap.identify(String(buf[0])); // expect: random-identity
}

export function identifyWorker(): void {
  heap.identify(uuidv7()); // expect: random-identity
}

export function identifyKnownUser(profile: { userId: string; email: string }): void {
  heap.identify(profile.userId);
  heap.addUserProperties({ email: profile.email });
}
