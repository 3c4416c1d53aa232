// Imported from the project's root, as TypeScript's `baseUrl: "./"` allows.
import { identifyUser } from 'src/lib/analytics';

export function startKiosk() {
  identifyUser('front-desk-kiosk'); // expect: hardcoded-identity
}

// A parameter rewritten before the call: the object is what is sent.
export function legacyIdentify(id, traits) {
  traits = { handle: id };
  window.heap.identify(traits); // expect: blocklisted-identity
}
