type Ticket = { id: string; priority?: string; createdAt?: number };

const weight: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

// Array-backed binary heap: the most urgent, oldest ticket sits at index 0.
export class TriageQueue {
  private heap: Ticket[] = [];

  add(ticket: Ticket) {
    const heap = this.heap;
    heap.push({ ...ticket, createdAt: ticket.createdAt ?? Date.now() });
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.before(heap[p], heap[i])) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  }

  peek(): Ticket | undefined {
    return this.heap[0];
  }

  private before(a: Ticket, b: Ticket) {
    const wa = weight[a.priority ?? 'normal'];
    const wb = weight[b.priority ?? 'normal'];
    return wa !== wb ? wa < wb : (a.createdAt ?? 0) <= (b.createdAt ?? 0);
  }
}
