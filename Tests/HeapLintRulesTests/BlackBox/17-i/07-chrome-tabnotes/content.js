/* global chrome, RangeHeap */
// Content scripts live in an isolated world: the page's own window.heap (if
// the site runs Heap) is not ours. Events go to the background page instead.
(function () {
  var heap = new RangeHeap();

  chrome.storage.local.get(['highlights:' + location.href], function (res) {
    var saved = res['highlights:' + location.href] || [];
    saved.forEach(function (h) { heap.push(h); });
    var next;
    while ((next = heap.pop())) {
      restoreHighlight(next);
    }
  });

  document.addEventListener('mouseup', function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed) return;
    var text = sel.toString();
    heap.push({ start: 0, length: text.length, text: text });
    chrome.runtime.sendMessage({ type: 'track', event: 'Highlight Saved' });
  });

  function restoreHighlight(h) {
    var mark = document.createElement('mark');
    mark.className = 'tabnotes-highlight';
    mark.textContent = h.text;
    return mark;
  }
})();
