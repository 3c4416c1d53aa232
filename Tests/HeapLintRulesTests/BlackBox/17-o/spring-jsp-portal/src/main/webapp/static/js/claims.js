(function ($) {
  "use strict";

  var $form = $("#claim-form");

  // The claimant may not be a customer; the email field is optional on this form.
  function claimantEmail() {
    return $.trim($("#claimant-email").val()) || "none";
  }

  $form.on("submit", function (event) {
    event.preventDefault();
    var claimType = $form.find("[name=claimType]").val();

    $.ajax({
      url: $form.attr("action"),
      method: "POST",
      data: $form.serialize(),
      headers: { "X-CSRF-TOKEN": $('meta[name="_csrf"]').attr("content") }
    }).done(function (res) {
      heap.identify(claimantEmail()); // expect: blocklisted-identity
      Portal.analytics.traits({
        last_claim_type: claimType,
        last_claim_reference: res.reference,
        last_claim_filed_at: new Date() // expect: user-property-value
      });
      Portal.analytics.track("Third Party Claim Filed", { claim_type: claimType, has_policy_number: $form.find("[name=policyNumber]").val() ? 1 : 0 });
      $form.replaceWith('<p class="success">Thanks. Your reference is <strong>' + $("<span>").text(res.reference).html() + "</strong>.</p>");
    });
  });
})(jQuery);
