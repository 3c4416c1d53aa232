// Visitors who already use the app have their profile cached by app.quayside.dev
// under the shared parent domain; pick it up so marketing pages are attributed.
type StoredUser = { id: string; email: string; name: string; orgSlug: string };

function readStoredUser(): StoredUser | null {
  try {
    const raw = localStorage.getItem('qs_app_user');
    return raw ? (JSON.parse(raw) as StoredUser) : null;
  } catch {
    return null;
  }
}

export function identifyReturningCustomer(): void {
  const user = readStoredUser();
  window.heap?.identify(user?.email ?? ''); // expect: blocklisted-identity
  if (user) {
    window.heap?.addUserProperties({ org_slug: user.orgSlug, is_customer: 'yes' });
  }
}

declare global {
  interface Window {
    heap?: any;
  }
}
