// Deferred: runs after the page's scripts, the load among them.
heap.track('Late Script');
