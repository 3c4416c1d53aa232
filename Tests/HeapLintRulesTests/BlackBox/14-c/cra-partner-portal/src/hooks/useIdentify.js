import { useEffect } from 'react';

export function useIdentify(user) {
  useEffect(() => {
    if (!user) return;
    window.heap.identify(user.id);
    window.heap.addUserProperties({ Company: user.companyName, Tier: user.tier });
    window.heap.identify(user.email); // expect: conflicting-identities
  }, [user]);
}

export function useLegacyIdentify(partner) {
  useEffect(() => {
    if (partner) window.heap.identify(partner.contactId.toString); // expect: identity-type
  }, [partner]);
}
