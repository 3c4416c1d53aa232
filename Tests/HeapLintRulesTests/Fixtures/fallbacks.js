/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
heap.identify(user.id || 'visitor'); // expect: hardcoded-identity
heap.identify(user.id ?? 'anonymous'); // expect: blocklisted-identity
heap.identify(user ? user.id : ''); // expect: blocklisted-identity
heap.identify(id ? id + '.shop' : ""); // expect: blocklisted-identity
heap.identify(loggedIn ? email : 'Guest'); // expect: hardcoded-identity
heap.identify(user && user.email);
heap.identify(cookie('uid') + '-app');
let current = 'unknown';
if (session.user) {
  current = session.user.id;
}
heap.identify(current); // expect: hardcoded-identity
let uid = null;
onLogin((u) => {
  uid = u.id;
});
button.addEventListener('click', () => heap.identify(uid));
heap.identify('' || user.id);
heap.identify(user.id || 'visitor' || 'never'); // expect: hardcoded-identity
heap.identify(flag ? 'a' : flag2 ? 'b' : 'guest'); // expect: blocklisted-identity, hardcoded-identity
