import { useEffect } from 'react';

export function useHeapUser(user) {
  useEffect(() => {
    if (!user) return;
    window.heap.identify(user.email);
    window.heap.addUserProperties({ Name: user.fullName, Company: user.company, Tickets: user.ticketCount });
  }, [user]);
}
