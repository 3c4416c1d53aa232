/* global Analytics, Lib */
$(function () {
  var $page = $('#settings');
  var teamId = $page.data('team-id');

  Analytics.identify(teamId); // expect: non-unique-identity
  Analytics.setProps({ members: $page.find('.member').length, admin: true }); // expect: user-property-value
});

$(document).on('signed-in', function (event, user) {
  Analytics.identify(user.email);
});

(function (root) {
  var L = root.Lib;
  root.onMemberCard = function (member) {
    L.identifyMember({ email: member.email });
  };
  root.onKiosk = function () {
    L.identify('front-desk'); // expect: hardcoded-identity
  };
})(this);
