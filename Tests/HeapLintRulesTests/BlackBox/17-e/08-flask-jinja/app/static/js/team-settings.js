/* global Analytics */
$(function () {
  var $page = $('#team-settings');
  if (!$page.length) return;

  var teamId = $page.data('team-id');
  var memberCount = $page.find('.member-row').length;

  // team admins manage billing for everyone, so we track the team as the user
  Analytics.identify(teamId); // expect: non-unique-identity
  Analytics.setProps({ team_members: memberCount });

  $page.on('submit', 'form.invite', function () {
    Analytics.track('Teammate Invited', { role: $(this).find('select[name=role]').val() });
  });
});
