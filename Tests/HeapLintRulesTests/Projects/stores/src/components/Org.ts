import { rootStore } from '../stores/RootStore';

// The exported singleton's properties hold the stores.
export function enterOrg(org: { id: string }, user: { id: string }) {
  rootStore.analytics.identify(org.id); // expect: non-unique-identity
}

export function enterAsUser(user: { id: string }) {
  rootStore.analytics.identify(user.id);
}
