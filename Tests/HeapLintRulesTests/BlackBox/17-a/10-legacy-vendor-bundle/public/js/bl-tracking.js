/*! bl-tracking v2.3.1 | (c) Brightline Digital | build 2024-03-11 */
!function(w,d){"use strict";var h=w.heap,c=w.__BL_CUSTOMER__||null,q=[];function i(e){e&&e.id&&h&&h.identify(String(e.id))}function p(e){h&&e&&h.addUserProperties({policy_type:e.policyType||"none",policy_count:e.policies?e.policies.length:0,state:e.state||""})}
function a(e){h&&e&&e.accountId&&h.identify(e.accountId)} // expect: non-unique-identity
function r(){h&&h.resetIdentity()}function t(e,n){h&&h.track(e,n||{})}function s(){for(;q.length;){var e=q.shift();t(e[0],e[1])}}
d.addEventListener("click",function(e){var n=e.target.closest("[data-bl-event]");n&&q.push([n.getAttribute("data-bl-event"),{label:n.textContent.trim().slice(0,64)}])}),w.setInterval(s,2e3);
w.blTracking={identify:i,identifyHousehold:a,props:p,reset:r,track:t},c&&c.id?(i(c),p(c)):r()}(window,document);
