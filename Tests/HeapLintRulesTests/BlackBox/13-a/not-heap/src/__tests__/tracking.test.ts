import { describe, expect, it, vi } from 'vitest';
import { schedule, drain } from '../scheduler/queue';

describe('scheduler', () => {
  it('runs due jobs in order', async () => {
    const order: string[] = [];
    schedule({ id: 'b', runAt: 2, run: async () => { order.push('b'); } });
    schedule({ id: 'a', runAt: 1, run: async () => { order.push('a'); } });
    await drain(10);
    expect(order).toEqual(['a', 'b']);
  });
});

describe('fake analytics double', () => {
  it('records identify calls', () => {
    const heap = { identify: vi.fn(), addUserProperties: vi.fn() };
    heap.identify('guest');
    heap.addUserProperties({ beta: true });
    expect(heap.identify).toHaveBeenCalledWith('guest');
  });
});
