var App = window.App || {};
App.analytics = App.analytics || {};

App.analytics.identify = function (user) {
  if (!user || !user.email) {
    return;
  }
  window.heap.identify(user.email);
};

App.analytics.setTraveller = function (t) {
  heap.addUserProperties({ loyalty_tier: t.tier, trips_booked: t.tripCount, home_airport: t.airport });
};

App.analytics.event = function (name, props) {
  if (window.heap && typeof window.heap.track === 'function') {
    window.heap.track(name, props || {});
  }
};

App.analytics.logout = function () {
  heap.identify(); // expect: identity-type
};
