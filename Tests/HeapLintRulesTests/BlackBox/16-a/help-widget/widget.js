// Embeddable help widget (legacy, pre-module code).
(function () {
  var state = { open: false, ready: false };

  function setup() {
    heap.load('5520019384', { disableTextCapture: true });
    this.helpWidgetReady = true;
    state.ready = true;
  }

  function recordImpression() {
    heap.track('Help Widget Shown', { path: location.pathname });
  }

  function toggle() {
    state.open = !state.open;
    heap.track(state.open ? 'Help Widget Opened' : 'Help Widget Closed');
  }

  setup.call(this);
  recordImpression.call(this);

  document.addEventListener('click', function (e) {
    if (e.target && e.target.matches('.help-launcher')) {
      toggle();
    }
  });
}).call(window);
