/* Cookie consent. Loaded first in <head> so the banner state is known before anything renders. */
var STRIDE_CONSENT_COOKIE = 'stride_consent';

function readConsent() {
  var match = document.cookie.match(new RegExp('(?:^|; )' + STRIDE_CONSENT_COOKIE + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : 'unset';
}

function writeConsent(value) {
  document.cookie = STRIDE_CONSENT_COOKIE + '=' + encodeURIComponent(value) + '; path=/; max-age=31536000; SameSite=Lax';
}

var strideConsent = readConsent();
heap.addEventProperties({ consent_state: strideConsent }); // expect: call-before-load

document.addEventListener('DOMContentLoaded', function () {
  var banner = document.getElementById('consent-banner');
  if (!banner || strideConsent !== 'unset') return;
  banner.hidden = false;
  banner.addEventListener('click', function (event) {
    var choice = event.target.getAttribute('data-consent');
    if (!choice) return;
    writeConsent(choice);
    heap.addEventProperties({ consent_state: choice });
    banner.hidden = true;
  });
});
