/* global Backbone */
(function (App) {
  'use strict';

  App.Collections.Tasks = Backbone.Collection.extend({
    url: function () { return App.config.apiRoot + '/tasks'; },

    initialize: function () {
      this.heap = new App.util.MinHeap(function (task) { return Date.parse(task.get('due_at')); });
      this.on('reset add', this.rebuild, this);
    },

    rebuild: function () {
      var heap = this.heap;
      heap.reset();
      this.each(function (task) {
        if (!task.get('done')) heap.push(task);
      });
    },

    nextDue: function () {
      var next = this.heap.pop();
      if (next) App.analytics.track('Reminder Surfaced', { kind: next.get('kind') });
      return next;
    }
  });
})(window.App);
