// The identify runs before heap.load has created the method: it throws.
heap.identify(window.currentUser.id);

window.heap = window.heap || [];
heap.load('1234567890');
