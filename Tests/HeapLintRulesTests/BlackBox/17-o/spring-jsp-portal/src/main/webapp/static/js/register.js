(function ($) {
  "use strict";

  var $form = $("#register-form");

  function customerEmail() {
    return $.trim($form.find("[name=email]").val()).toLowerCase();
  }

  $form.on("submit", function (event) {
    event.preventDefault();
    $.ajax({
      url: $form.attr("action"),
      method: "POST",
      contentType: "application/json",
      headers: { "X-CSRF-TOKEN": $('meta[name="_csrf"]').attr("content") },
      data: JSON.stringify({
        policyNumber: $form.find("[name=policyNumber]").val(),
        dob: $form.find("[name=dob]").val(),
        email: customerEmail(),
        password: $form.find("[name=password]").val()
      })
    })
      .done(function (res) {
        heap.identify(customerEmail); // expect: identity-type
        heap.addUserProperties({
          registration_channel: res.channel,
          policy_count: res.policies.length,
          first_product: res.policies.length ? res.policies[0].productName : "none"
        });
        heap.track("Policy Registered", { product: res.policies[0] && res.policies[0].productName });
        window.location.assign(res.next);
      })
      .fail(function (xhr) {
        heap.track("Registration Failed", { status: xhr.status, reason: (xhr.responseJSON && xhr.responseJSON.code) || "unknown" });
      });
  });
})(jQuery);
