// Pick the few most related posts in the browser so the page can be fully cached.
(function () {
  function score(a, b) {
    var shared = 0;
    for (var i = 0; i < a.tags.length; i++) {
      if (b.tags.indexOf(a.tags[i]) !== -1) shared++;
    }
    return shared;
  }

  function mostRelated(current, posts, limit) {
    var heap = [];
    posts.forEach(function (post) {
      if (post.id === current.id) return;
      heap.push({ post: post, score: score(current, post) });
    });
    heap.sort(function (x, y) { return y.score - x.score; });
    return heap.slice(0, limit).map(function (entry) { return entry.post; });
  }

  var holder = document.getElementById('related-posts');
  if (!holder) return;
  var data = JSON.parse(holder.getAttribute('data-posts') || '[]');
  var current = JSON.parse(holder.getAttribute('data-current') || 'null');
  if (!current) return;

  mostRelated(current, data, 3).forEach(function (post) {
    var link = document.createElement('a');
    link.href = post.url;
    link.textContent = post.title;
    link.addEventListener('click', function () {
      if (window.heap) window.heap.track('Related Post Clicked', { position: data.indexOf(post) });
    });
    holder.appendChild(link);
  });
})();
