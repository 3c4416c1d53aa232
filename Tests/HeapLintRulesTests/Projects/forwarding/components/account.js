import { useHeap } from '../hooks/useHeap';

export function useAccountEvents(user, customer) {
  const { identify, resetIdentity } = useHeap();
  return {
    logout() {
      identify(); // expect: identity-type
    },
    switchTo(next) {
      resetIdentity();
      identify(next.email);
    },
    profile() {
      identify(user.email, { name: user.name }); // expect: identity-type
      identify(user.email, 'email');
    },
    guest() {
      identify(user.id || 'visitor'); // expect: hardcoded-identity
    },
    shop() {
      identify(customer ? `${customer.id}.shop` : ''); // expect: blocklisted-identity
    },
    spread(parts) {
      identify(...parts);
    },
  };
}
