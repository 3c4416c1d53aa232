/* Crisp live chat. The chat team identifies visitors in Crisp by whatever they typed. */
window.$crisp = window.$crisp || [];
window.CRISP_WEBSITE_ID = 'a1b2c3d4-0000-4000-8000-feedfacecafe';

function identifyChatVisitor(email, nickname) {
  window.$crisp.push(['set', 'user:email', [email]]);
  window.$crisp.push(['set', 'user:nickname', [nickname || 'Website visitor']]);
}

document.addEventListener('DOMContentLoaded', function () {
  var s = document.createElement('script');
  s.src = 'https://client.crisp.chat/l.js';
  s.async = true;
  document.head.appendChild(s);
});

window.identifyChatVisitor = identifyChatVisitor;
