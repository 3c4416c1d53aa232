import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

export const userManager = new UserManager({
  authority: import.meta.env.VITE_OIDC_AUTHORITY,
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID,
  redirect_uri: `${window.location.origin}/callback`,
  userStore: new WebStorageStateStore({ store: window.localStorage }),
});

export async function completeLogin() {
  const user = await userManager.signinRedirectCallback();
  heap.identify(user.profile.sub);
  heap.addUserProperties({ idp: String(user.profile.iss) });
}

export async function resumeSession() {
  const user = await userManager.getUser();
  if (user && !user.expired) {
    heap.identify(user.profile.sid as string); // expect: anonymous-identity
  }
}

userManager.events.addUserLoaded((loaded) => {
  heap.identify(loaded.profile.sub);
});
