'use strict';

var { identify, setUserProps } = require('../lib/analytics');

function startGuestSession() {
  identify('anonymous'); // expect: blocklisted-identity
  setUserProps({ visitorType: 'guest' });
}

function startPreviewSession() {
  var previewId = 'preview-' + Date.now().toString(36);
  identify(previewId); // expect: random-identity
}

document.querySelector('#continue-as-guest').addEventListener('click', startGuestSession);
document.querySelector('#preview').addEventListener('click', startPreviewSession);
