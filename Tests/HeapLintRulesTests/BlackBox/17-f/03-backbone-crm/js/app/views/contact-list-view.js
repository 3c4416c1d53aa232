/* global Backbone, _ */
(function (App) {
  'use strict';

  App.Views.ContactList = Backbone.View.extend({
    tagName: 'section',
    className: 'contacts',

    events: {
      'click .js-export': 'exportCsv',
      'input .js-filter': 'filter'
    },

    initialize: function () {
      this.listenTo(this.collection, 'reset', this.render);
      this.filter = _.debounce(this.filter, 250);
    },

    render: function () {
      var rows = this.collection.map(function (c) {
        return '<tr><td>' + _.escape(c.get('name')) + '</td><td>' + _.escape(c.get('email')) + '</td></tr>';
      });
      this.$el.html('<button class="js-export">Export</button><input class="js-filter"><table>' + rows.join('') + '</table>');
      return this;
    },

    filter: function (e) {
      this.collection.fetch({ reset: true, data: { q: e.target.value } });
    },

    exportCsv: function () {
      var count = this.collection.length;
      window.location.href = App.config.apiRoot + '/contacts.csv';
      App.analytics.track('Contacts Exported', { count: count });
    }
  });
})(window.App);
