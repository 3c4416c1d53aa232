import { renderApp } from './app';
import { currentUser } from './session';

const user = currentUser();
if (user) {
  heap.identify(user.username);
  heap.addUserProperties({ email: user.email, org: user.orgName });
}

document.getElementById('logout').addEventListener('click', () => {
  heap.resetIdentity();
});

document.getElementById('try-demo').addEventListener('click', () => {
  heap.identify('demo'); // expect: hardcoded-identity
});

renderApp(document.getElementById('root'));
