import { DemoUser, IDENTITIES, Tier } from './constants';

declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

export function enterDemo() {
  heap.identify(DemoUser.Identity); // expect: hardcoded-identity
  heap.addUserProperties({ plan: DemoUser.Plan, tier: Tier.Pro });
}

export function enterLobbyKiosk() {
  heap.identify(IDENTITIES.KIOSK); // expect: hardcoded-identity
}

export function supportImpersonation(targetEmail: string) {
  heap.identify(targetEmail);
  heap.addUserProperties({ impersonated_by: IDENTITIES.SUPPORT });
}
