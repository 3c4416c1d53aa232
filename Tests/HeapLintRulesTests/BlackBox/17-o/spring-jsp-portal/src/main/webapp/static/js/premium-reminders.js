(function ($) {
  "use strict";

  // Upcoming premiums across all policies: keep the three soonest with a small binary heap.
  function soonest(rows, k) {
    var heap = [];
    function up(i) {
      while (i > 0) {
        var p = (i - 1) >> 1;
        if (heap[p].due >= heap[i].due) break;
        var t = heap[p]; heap[p] = heap[i]; heap[i] = t; i = p;
      }
    }
    function down(i) {
      for (;;) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < heap.length && heap[l].due > heap[m].due) m = l;
        if (r < heap.length && heap[r].due > heap[m].due) m = r;
        if (m === i) return;
        var t = heap[m]; heap[m] = heap[i]; heap[i] = t; i = m;
      }
    }
    rows.forEach(function (row) {
      heap.push(row);
      up(heap.length - 1);
      if (heap.length > k) {
        heap[0] = heap.pop();
        down(0);
      }
    });
    return heap.sort(function (a, b) { return a.due - b.due; });
  }

  var rows = $(".policy-table tbody tr").map(function () {
    var $r = $(this);
    return { policy: $r.data("policy"), due: Date.parse($r.find("td").eq(3).text()) };
  }).get();

  var next = soonest(rows, 3);
  if (next.length) {
    $("<aside class='reminders'><h3>Coming up</h3></aside>").insertAfter(".policies");
    Portal.analytics.track("Premium Reminders Shown", { count: next.length });
  }
})(jQuery);
