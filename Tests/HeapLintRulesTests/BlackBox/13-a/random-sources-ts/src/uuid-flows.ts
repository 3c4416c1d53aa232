import { v1 as uuidv1, v4, validate } from 'uuid';
import * as uuid from 'uuid';

declare const heap: {
  identify(identity: string): void;
  track(event: string, props?: Record<string, string | number>): void;
};

export function identifyPrinter() {
  heap.identify(uuidv1()); // expect: random-identity
}

export function identifyCartOwner() {
  heap.identify(v4()); // expect: random-identity
}

export function identifyImportJob() {
  heap.identify(uuid.v7()); // expect: random-identity
}

export function identifyKnownUser(userId: string) {
  if (validate(userId)) {
    heap.identify(userId);
  }
  heap.track('Known User Identified', { trace_id: v4() });
}
