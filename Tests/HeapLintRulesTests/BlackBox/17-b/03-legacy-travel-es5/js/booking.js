!function(w,d){"use strict";var h=w.heap,q=function(s){return d.querySelector(s)};
q("#book-btn")&&q("#book-btn").addEventListener("click",function(){h.track("Search Submitted",{dest:q("#dest").value})});
h.addEventProperties({page_type:d.body.getAttribute("data-page")||"home"});
h.trackEvent("Search Viewed"); // expect: unknown-heap-method
}(window,document);

(function (root) {
  var trip = root.App.currentTrip || { destinations: "" };
  root.heap.track('Itinerary Viewed', { stops: trip.destinations.split(',').length });
  root.heap.addUserProperties({ last_destinations: trip.destinations.split(',') }); // expect: user-property-value
})(this);

(function (root) {
  if (root.App.session.id && !root.App.user) {
    root.heap.identify(root.App.session.id); // expect: anonymous-identity
  }
})(this);
