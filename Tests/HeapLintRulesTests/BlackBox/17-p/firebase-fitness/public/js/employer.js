/* Stride for Teams: HR admins see their company's participation dashboard. */
(function () {
  'use strict';

  var portal = document.getElementById('employer-portal');
  if (!portal) return;

  firebase.auth().onAuthStateChanged(function (user) {
    if (!user) return;
    user.getIdTokenResult().then(function (token) {
      if (!token.claims.employerAdmin) return;
      portal.hidden = false;
      // the people team reads Heap reports per employer, so key them by org
      Analytics.identify(token.claims.orgId); // expect: non-unique-identity
      Analytics.track('Employer Portal Opened', { employees: Number(portal.getAttribute('data-employees')) || 0 });
    });
  });
})();
