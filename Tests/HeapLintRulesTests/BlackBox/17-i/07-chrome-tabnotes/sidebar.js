/* global chrome, heap */
heap.track('Sidebar Opened'); // expect: call-before-load

document.addEventListener('DOMContentLoaded', function () {
  chrome.storage.local.get(null, function (all) {
    var list = document.getElementById('notes');
    Object.keys(all).filter(function (k) { return k.indexOf('note:') === 0; }).forEach(function (k) {
      var li = document.createElement('li');
      li.textContent = all[k];
      li.addEventListener('click', function () {
        heap.track('Sidebar Note Opened');
        chrome.tabs.create({ url: k.slice(5) });
      });
      list.appendChild(li);
    });
  });
});
