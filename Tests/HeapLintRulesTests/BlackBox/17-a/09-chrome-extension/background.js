/* global chrome */
var HEAP_APP_ID = '1873402211';
var HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';

// Min-heap of snoozed tabs ordered by due time; one alarm for the earliest.
function ReminderQueue() {
  this.heap = [];
}

ReminderQueue.prototype.push = function (reminder) {
  var heap = this.heap;
  heap.push(reminder);
  var i = heap.length - 1;
  while (i > 0) {
    var parent = (i - 1) >> 1;
    if (heap[parent].due <= heap[i].due) break;
    var tmp = heap[parent];
    heap[parent] = heap[i];
    heap[i] = tmp;
    i = parent;
  }
};

ReminderQueue.prototype.peek = function () {
  return this.heap[0];
};

ReminderQueue.prototype.pop = function () {
  var heap = this.heap;
  var top = heap[0];
  var last = heap.pop();
  if (heap.length) {
    heap[0] = last;
    var i = 0;
    for (;;) {
      var l = 2 * i + 1, r = l + 1, m = i;
      if (l < heap.length && heap[l].due < heap[m].due) m = l;
      if (r < heap.length && heap[r].due < heap[m].due) m = r;
      if (m === i) break;
      var t = heap[m]; heap[m] = heap[i]; heap[i] = t;
      i = m;
    }
  }
  return top;
};

var reminders = new ReminderQueue();

function scheduleNext() {
  var next = reminders.peek();
  if (next) chrome.alarms.create('reminder', { when: next.due });
}

chrome.alarms.onAlarm.addListener(function () {
  var due = reminders.pop();
  if (due) chrome.tabs.create({ url: due.url, active: false });
  scheduleNext();
});

chrome.runtime.onInstalled.addListener(function (details) {
  if (details.reason !== 'install') return;
  fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: 'tabwise-extension',
      event: 'Extension Installed',
      properties: { version: chrome.runtime.getManifest().version }
    })
  });
});

chrome.runtime.onMessage.addListener(function (msg) {
  if (msg.type === 'snooze') {
    chrome.tabs.get(msg.tabId, function (tab) {
      reminders.push({ url: tab.url, due: Date.now() + msg.minutes * 60000 });
      chrome.tabs.remove(msg.tabId);
      scheduleNext();
    });
  } else if (msg.type === 'signed-in' && msg.account && msg.account.userId) {
    fetch(HEAP_TRACK_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        app_id: HEAP_APP_ID,
        identity: msg.account.userId,
        event: 'Extension Linked',
        properties: { version: chrome.runtime.getManifest().version }
      })
    });
  }
});
