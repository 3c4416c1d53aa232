// Loaded by widget.html before the loader.
heap.track('Widget Shown'); // expect: call-before-load
