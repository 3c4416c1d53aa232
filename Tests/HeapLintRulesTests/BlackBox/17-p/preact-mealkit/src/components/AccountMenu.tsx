import { currentCustomer, isSignedIn, signOut } from '../state/session';
import { trackEvent } from '../analytics/heap';

export function AccountMenu() {
  if (!isSignedIn.value) {
    return (
      <nav class="account-menu">
        <a href="/login">Sign in</a>
        <a href="/signup" class="button">Get started</a>
      </nav>
    );
  }

  async function onSignOut() {
    trackEvent('Signed Out');
    await signOut();
    location.assign('/');
  }

  return (
    <nav class="account-menu">
      <span>Hi, {currentCustomer.value?.firstName}</span>
      <a href="/account">Account</a>
      <button onClick={onSignOut}>Sign out</button>
    </nav>
  );
}
