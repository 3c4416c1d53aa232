// Test double for the analytics wrapper; never talks to Heap.
const heap = {
  identify: jest.fn(),
  track: jest.fn(),
  addUserProperties: jest.fn(),
};

heap.identify('test-user');
heap.addUserProperties({ fixtures: ['a', 'b'] });

module.exports = { heap };
