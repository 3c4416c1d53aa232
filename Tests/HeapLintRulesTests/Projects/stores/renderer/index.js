'use strict';

const { tracker } = require('./analytics');

const enabledFeatures = { sync: true, offline: false };

window.addEventListener('DOMContentLoaded', () => {
  tracker.setTraits({ appVersion: '1.2.3'.length });
  tracker.setTraits({ features: Object.keys(enabledFeatures) }); // expect: user-property-value
  tracker.setTraits({ featureList: Object.keys(enabledFeatures).join(',') });
});
