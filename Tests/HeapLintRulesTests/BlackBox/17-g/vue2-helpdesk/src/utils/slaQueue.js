import Heap from 'heap';

/**
 * Tickets whose SLA runs out soonest, using a binary heap keyed on the due time.
 */
export function nextBreaches(tickets, now, n = 5) {
  const heap = new Heap((a, b) => a.slaDueAt - b.slaDueAt);
  tickets.forEach((t) => heap.push(t));

  const upcoming = [];
  while (!heap.empty() && upcoming.length < n) {
    const ticket = heap.pop();
    if (ticket.slaDueAt >= now) upcoming.push(ticket);
  }
  heap.clear();
  return upcoming;
}
