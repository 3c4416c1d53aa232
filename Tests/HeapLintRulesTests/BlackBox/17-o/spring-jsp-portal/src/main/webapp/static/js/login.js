(function ($) {
  "use strict";

  var $form = $("#login-form");
  var csrf = $('meta[name="_csrf"]').attr("content");

  $form.on("submit", function (event) {
    event.preventDefault();
    var email = $.trim($form.find("[name=email]").val()).toLowerCase();
    var $button = $form.find("button[type=submit]").prop("disabled", true);

    $.ajax({
      url: $form.attr("action"),
      method: "POST",
      data: $form.serialize(),
      headers: { "X-CSRF-TOKEN": csrf },
      dataType: "json"
    })
      .done(function (res) {
        heap.identify(res.customerNumber);
        Portal.analytics.track("Signed In", { method: "password", mfa: res.mfaUsed ? "yes" : "no" });
        // PORTAL-1182: the login email is the Heap identity everywhere now
        Portal.analytics.identify(email); // expect: conflicting-identities
        window.location.assign($form.data("redirect"));
      })
      .fail(function (xhr) {
        Portal.analytics.track("Sign In Failed", { status: xhr.status });
        $form.prepend('<p class="error">That email and password don\'t match our records.</p>');
      })
      .always(function () {
        $button.prop("disabled", false);
      });
  });
})(jQuery);
