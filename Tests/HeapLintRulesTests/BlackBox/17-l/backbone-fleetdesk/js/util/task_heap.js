/* Priority queue for background prefetches: lowest priority number runs first. */
(function (App) {
  'use strict';

  function TaskHeap(compare) {
    this.items = [];
    this.compare = compare || function (a, b) { return a.priority - b.priority; };
  }

  TaskHeap.prototype.push = function (item) {
    this.items.push(item);
    this.items.sort(this.compare);
    return this.items.length;
  };

  TaskHeap.prototype.pop = function () {
    return this.items.shift();
  };

  TaskHeap.prototype.isEmpty = function () {
    return this.items.length === 0;
  };

  App.util.TaskHeap = TaskHeap;
})(window.App);
