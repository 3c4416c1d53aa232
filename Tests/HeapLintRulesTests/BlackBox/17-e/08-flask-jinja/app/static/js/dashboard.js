/* global Analytics */
$(function () {
  Analytics.bindClicks(document.body);
  Analytics.track('Dashboard Viewed', { notebooks: $('.notebook-card').length });

  $('#export-csv').on('click', function () {
    Analytics.track('Export Clicked', { format: 'csv' });
  });

  $('#theme-toggle').on('change', function () {
    var theme = this.checked ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    Analytics.setProps({ ui_theme: theme });
  });
});
