$(function () {
  'use strict';

  App.session = new App.Models.Session();
  App.router = new App.Router();
  new App.Views.HeaderView({ session: App.session }).render();

  if (window.heap) {
    window.heap.addEventProperties({ console_version: App.VERSION, ui: 'backbone' });
  }

  App.session.fetch().always(function () {
    Backbone.history.start({ pushState: true });
  });
});
