import { identifyCurrentUser } from '../identify';

describe('identifyCurrentUser', () => {
  it('passes the user id to the heap client', () => {
    const heap = { identify: jest.fn(), addUserProperties: jest.fn() };
    identifyCurrentUser({ id: 'u_123', plan: 'pro' }, heap);
    expect(heap.identify).toHaveBeenCalledWith('u_123');
    expect(heap.addUserProperties).toHaveBeenCalledWith({ plan: 'pro' });
  });
});
