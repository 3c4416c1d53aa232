const { identifyUser } = require('../src/analytics');

describe('identifyUser', () => {
  let heap;

  beforeEach(() => {
    heap = { identify: jest.fn(), addUserProperties: jest.fn(), load: jest.fn() };
  });

  it('does not identify without an email', () => {
    identifyUser(heap, { email: null });
    expect(heap.identify).not.toHaveBeenCalled();
  });

  it('passes the email through', () => {
    heap.load('YOUR_APP_ID');
    identifyUser(heap, { email: 'ada@example.com' });
    expect(heap.identify).toHaveBeenCalledWith('ada@example.com');
  });
});
