/*
 * Marketing runs Segment next to Heap. For visitors who are not signed in we
 * line the two tools up on Segment's anonymous id.
 */
const segment = window.analytics;

segment?.ready(() => {
  if (document.body.dataset.authenticated === '1') return;
  const anonymousId = segment.user().anonymousId();
  if (anonymousId) {
    window.heap?.identify(anonymousId); // expect: anonymous-identity
  }
  segment.page();
});

document.addEventListener('click', (event) => {
  const logout = event.target.closest('a[href$="/logout"]');
  if (logout) segment?.reset();
});
