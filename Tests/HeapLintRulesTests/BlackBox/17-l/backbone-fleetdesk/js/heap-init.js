/*
 * Loads Heap for the dispatcher console.
 * Written when the snippet was pulled out of index.html (2019); the 2021 redesign put the
 * snippet back in the page head and this file stayed in the script list.
 */
(function (App) {
  'use strict';
  var cfg = App.config;
  window.heap.load(cfg.heapAppId, { secureCookie: true }); // expect: duplicate-load
})(window.App);
