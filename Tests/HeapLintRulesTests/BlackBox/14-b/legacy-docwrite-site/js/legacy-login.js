/* Login box on the old CMS templates (2016). */
function onLegacyLoginSuccess(member) {
  window.heap.identify({ handle: member.email, handle_type: 'email' }); // expect: blocklisted-identity
  window.heap.addUserProperties({ branch: member.branchName, accounts: member.accountCount });
  window.heap.track('Legacy Login');
}

window.onLegacyLoginSuccess = onLegacyLoginSuccess;
