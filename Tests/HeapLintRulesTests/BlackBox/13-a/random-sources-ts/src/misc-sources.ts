import short from 'short-uuid';
import hyperid from 'hyperid';

declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

const makeId = hyperid();

export function identifyShareLinkVisitor() {
  heap.identify(short.generate()); // expect: random-identity
}

export function identifyWorkerClient() {
  heap.identify(makeId()); // expect: random-identity
}

export function identifyFromCrypto() {
  const bytes = crypto.getRandomValues(new Uint32Array(4));
  heap.identify(Array.from(bytes, (b) => b.toString(16)).join('')); // expect: random-identity
}

export function identifyPageLoad() {
  heap.identify(String(performance.timeOrigin)); // expect: random-identity
}

export function identifyCustomer(customer: { uuid: string; email: string }) {
  heap.identify(customer.email);
  heap.addUserProperties({ customer_uuid: customer.uuid, loaded_at: Math.round(performance.timeOrigin) });
}
