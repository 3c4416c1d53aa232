// Runs after the snippet on every page that includes it.
heap.track('Page Ready');
