/*
 * Shown when a Harbor Life agent has opened a customer's portal from the back office
 * ("view as customer"). head.jsp tags the agent's events while the session lasts.
 */
(function ($) {
  "use strict";

  var $banner = $("#agent-banner");
  if (!$banner.length) return;

  $banner.on("click", "[data-action=note]", function () {
    var today = new Date().toISOString().slice(0, 10);
    heap.updateUserProperties({ last_agent_contact: today }); // expect: unknown-heap-method
    heap.track("Agent Note Added", { agent_id: $banner.data("agent") });
  });

  $banner.on("click", "[data-action=end]", function () {
    heap.removeEventProperty("agent_session");
    heap.removeEventProperty("agent_id");
    heap.track("Agent Session Ended", { agent_id: $banner.data("agent") });
    window.location.assign($banner.data("back-office-url"));
  });
})(jQuery);
