import { identifyUser } from './identity';

function countdown(id, n) {
  if (n > 0) countdown(id, n - 1);
  heap.addUserProperties({ id });
  heap.identify(id);
}

identifyUser('guest'); // expect: blocklisted-identity
countdown('anonymous', 3); // expect: blocklisted-identity
