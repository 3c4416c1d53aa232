const heap = window.heap;

function getUserEmail() {
  return document.querySelector('meta[name="user-email"]')?.content;
}

export function onLogin(user) {
  heap.identify(user.id, { email: user.email }); // expect: identity-type
}

export function onLoginFixed(user) {
  heap.identify(user.email);
  heap.addUserProperties({ user_id: user.id });
}

export function onBoot() {
  heap.identify(getUserEmail); // expect: identity-type
}

export function onBootFixed() {
  const email = getUserEmail();
  if (email) {
    heap.identify(email);
  }
}

export function onLogout() {
  heap.identify(); // expect: identity-type
  window.location.assign('/');
}

export function onLogoutFixed() {
  heap.resetIdentity();
  window.location.assign('/');
}
