/* Small helpers for the teacher carousel on the about page. */
var SiteUtils = {
  // the n best-rated teachers without sorting the whole list every time
  topRated: function (teachers, n) {
    var heap = [];
    teachers.forEach(function (t) {
      heap.push(t);
      heap.sort(function (a, b) { return a.rating - b.rating; });
      if (heap.length > n) heap.shift();
    });
    return heap.reverse();
  },

  shuffleId: function () {
    return 'slide-' + Math.random().toString(36).slice(2, 8);
  }
};
