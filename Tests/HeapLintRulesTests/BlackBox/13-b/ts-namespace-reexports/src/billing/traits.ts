import { setUserTraits, type Subscription } from '../analytics';
import { CancelledSubscription } from './types';

export function reportSubscription(sub: Subscription): void {
  setUserTraits({ plan: sub.plan, seats: sub.seats, renewsAt: sub.renewsAt.toISOString() });
  setUserTraits({ cancelled: sub instanceof CancelledSubscription }); // expect: user-property-value
}
