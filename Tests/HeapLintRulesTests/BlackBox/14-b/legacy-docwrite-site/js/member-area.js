(function () {
  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  var memberEmail = readCookie('member_email');
  var visitorId = readCookie('visitor_id');

  if (memberEmail) {
    window.heap.identify(memberEmail);
  } else if (visitorId) {
    window.heap.identify(visitorId); // expect: anonymous-identity
  }

  window.heap.addUserProperties({ member_area_visits: Number(readCookie('ma_visits') || 0) });
})();
