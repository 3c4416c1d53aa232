// Old customer portal (pre-Hotwire). Still served at /portal for a few big accounts.
(function ($) {
  "use strict"

  function onPortalReady(portal) {
    if (!window.heap) return
    heap.identify({ handle: portal.email }) // expect: blocklisted-identity
    heap.addUserProperties({ portal_company: portal.companyName, portal_version: "1.9" })
    heap.track("Portal Opened")
  }

  $(function () {
    $.getJSON("/portal/me").done(onPortalReady).fail(function () {
      window.heap && heap.track("Portal Load Failed")
    })
    $(document).on("click", "[data-portal-track]", function () {
      window.heap && heap.track($(this).data("portal-track"), { page: document.title })
    })
  })
})(jQuery)
