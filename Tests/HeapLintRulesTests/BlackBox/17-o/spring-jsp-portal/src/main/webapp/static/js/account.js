(function ($) {
  "use strict";

  var $household = $(".household");

  function renderHousehold(profile) {
    var rows = $.map(profile.members, function (m) {
      return "<li>" + $("<span>").text(m.firstName + " " + m.lastName).html() + " · " + m.relationship + "</li>";
    });
    $household.html("<h2>Your household</h2><ul>" + rows.join("") + "</ul>");
  }

  $.getJSON($household.data("household-url"), { _: Math.random().toString(36).slice(2) })
    .done(function (profile) {
      renderHousehold(profile);

      // Household members share one policy account; track them together.
      Portal.analytics.identify(profile.accountId); // expect: non-unique-identity
      Portal.analytics.traits({
        household_size: profile.members.length,
        household_state: profile.state
      });

      if (window.zE) {
        zE("messenger", "loginUser", function (callback) {
          callback(window.zESettings.webWidget.authenticate.jwt);
        });
      }
    })
    .fail(function () {
      $household.remove();
    });

  $(document).on("click", "[data-policy]", function () {
    Portal.analytics.track("Policy Opened", { policy: $(this).data("policy") });
    window.location.assign(window.location.pathname.replace(/account$/, "policies/") + $(this).data("policy"));
  });
})(jQuery);
