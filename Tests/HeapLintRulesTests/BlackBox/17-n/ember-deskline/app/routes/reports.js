/* eslint-disable ember/no-classic-classes, ember/no-get */
import Route from '@ember/routing/route';
import { inject as service } from '@ember/service';

export default Route.extend({
  store: service(),
  tracker: service('legacy-tracker'),

  model(params) {
    return this.store.findRecord('report', params.report_id);
  },

  afterModel(report) {
    this.tracker.trackReport(report.get('kind'), {
      report_id: report.id,
      range_days: report.get('rangeDays'),
    });
    this.tracker.tagAgent({
      last_report_kind: report.get('kind'),
      uses_reports: true, // expect: user-property-value
    });
  },
});
