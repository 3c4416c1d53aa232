// Shared helpers; no Heap here.
export function fallbackId() {
  return 'guest';
}

const newTicket = () => `T-${Math.random().toString(36).slice(2)}`;
// Another name for the function above.
export const makeTicketId = newTicket;
