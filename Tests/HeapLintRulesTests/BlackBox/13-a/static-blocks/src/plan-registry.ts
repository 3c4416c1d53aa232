// Heap is loaded by the layout template; this module only runs after it.
export class PlanRegistry {
  static readonly plans = new Map<string, number>([
    ['starter', 9],
    ['team', 29],
  ]);

  static {
    window.heap.addUserProperties({ plans_offered: PlanRegistry.plans.size });
  }

  static announce(plan: string): void {
    window.heap.track('Plan Viewed', { plan, price: PlanRegistry.plans.get(plan) ?? 0 });
  }
}
