'use strict';

module.exports = function (environment) {
  const ENV = {
    modulePrefix: 'deskline',
    environment,
    rootURL: '/',
    locationType: 'history',
    EmberENV: {
      EXTEND_PROTOTYPES: false,
      FEATURES: {},
    },
    APP: {
      apiHost: process.env.DESKLINE_API_HOST || 'https://api.deskline.acme.io',
    },
    'ember-simple-auth': {
      routeAfterAuthentication: 'tickets',
    },
  };

  if (environment === 'test') {
    ENV.locationType = 'none';
    ENV.APP.rootElement = '#ember-testing';
    ENV.APP.autoboot = false;
  }

  return ENV;
};
