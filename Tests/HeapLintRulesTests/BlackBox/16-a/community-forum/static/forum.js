// Forum front-end. Heap is loaded at the bottom of this file, every call above is deferred.
function identifyFromSession(me) {
  heap.identify(String(me.id));
  heap.addUserProperties({ posts: me.postCount, joined: me.joinedAt });
}

fetch('/api/me', { credentials: 'include' })
  .then(function (res) { return res.json(); })
  .then(function (me) {
    if (me && me.id) identifyFromSession(me);
  });

document.addEventListener('DOMContentLoaded', function () {
  heap.track('Forum Loaded', { threads: document.querySelectorAll('.thread').length });
});

window.addEventListener('load', function () {
  heap.addEventProperties({ theme: document.documentElement.dataset.theme || 'light' });
});

setTimeout(function () {
  heap.track('Forum Idle 30s');
}, 30000);

requestAnimationFrame(function () {
  heap.track('First Frame');
});

var replyButtons = document.querySelectorAll('.reply');
for (var i = 0; i < replyButtons.length; i++) {
  replyButtons[i].onclick = function () {
    heap.track('Reply Clicked');
  };
}

Promise.resolve().then(function () {
  heap.track('Microtask Ran');
});

heap.load('6071234598');
