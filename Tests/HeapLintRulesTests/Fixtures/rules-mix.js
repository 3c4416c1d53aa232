heap.load('1234567890');
heap.load('1234567890'); // expect: duplicate-load
heap.load('YOUR_APP_ID'); // expect: invalid-app-id, duplicate-load
heap.AddUserProperties({ plan: 'pro' }); // expect: unknown-heap-method
heap.trackUserProperties({ plan: 'pro' }); // expect: unknown-heap-method
heap.push(['track', 'legacy']);
heap.addUserProperties({ nested: { a: 1 }, ok: 'yes', count: 3 }); // expect: user-property-value
heap.addUserProperties({ flag: user.isAdmin });
heap.identify(); // expect: identity-type
heap.resetIdentity();
function login(user) {
  heap.identify(user.email);
  heap.identify(user.id); // expect: conflicting-identities
}
function logout() {
  heap.identify(session.user.id);
  heap.resetIdentity();
  heap.identify(nextUser.id);
}
function branches(user) {
  if (user.email) {
    heap.identify(user.email);
  } else {
    heap.identify(user.id);
  }
}
function names(user, session) {
  heap.identify(session.id); // expect: anonymous-identity
  heap.identify(heap.userId); // expect: anonymous-identity, conflicting-identities
}
const team = { id: getTeamId() };
function teams() {
  heap.identify(team.id); // expect: non-unique-identity
}
