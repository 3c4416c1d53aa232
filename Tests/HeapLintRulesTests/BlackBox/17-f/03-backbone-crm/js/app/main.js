/* global Backbone, $ */
$(function () {
  'use strict';

  App.session = new App.Models.Session();
  App.tasks = new App.Collections.Tasks();
  App.router = new App.Router();

  App.session.restore().always(function () {
    Backbone.history.start({ pushState: false });
  });

  if (window.heap) {
    window.heap.addEventProperties({ app_build: $('meta[name=build]').attr('content') || 'dev' });
  }
});
