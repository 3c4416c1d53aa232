const { trackSignup } = require('../src/analytics');

describe('trackSignup', () => {
  it('identifies the new user', () => {
    const heap = { identify: jest.fn(), addUserProperties: jest.fn(), load: jest.fn() };
    trackSignup(heap, { id: 'u_1', plan: 'pro' });
    heap.identify('anonymous');
    heap.load('YOUR_APP_ID');
    expect(heap.identify).toHaveBeenCalledWith('u_1');
    expect(heap.addUserProperties).toHaveBeenCalledWith({ plan: 'pro' });
  });
});
