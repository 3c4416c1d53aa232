/**
 * Session analytics.
 * @flow
 */
import type { User } from './types';

type Props = {| plan: string, seats: number |};

export function identify(user: ?User, fallback: string = 'guest'): void {
  if (!user) {
    window.heap.identify(fallback);
    return;
  }
  window.heap.identify(user.id);
}

export function describe(props: Props, flags: Array<string>): void {
  window.heap.addUserProperties({ plan: props.plan, flags }); // expect: user-property-value
}

export function onSessionExpired(): void {
  identify(null); // expect: blocklisted-identity
}
