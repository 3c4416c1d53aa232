export interface Subscription {
  plan: string;
  renewsAt: Date;
  seats: number;
}

export class CancelledSubscription implements Subscription {
  constructor(public plan: string, public renewsAt: Date, public seats: number) {}
}
