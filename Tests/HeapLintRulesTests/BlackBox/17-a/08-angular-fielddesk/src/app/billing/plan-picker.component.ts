import { Component, Input } from '@angular/core';
import { HeapService } from '../core/analytics/heap.service';
import { BillingService, Plan } from './billing.service';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const heap: any;

@Component({
  selector: 'fd-plan-picker',
  templateUrl: './plan-picker.component.html',
})
export class PlanPickerComponent {
  @Input() plans: Plan[] = [];
  selected?: Plan;
  saving = false;

  constructor(
    private readonly heapService: HeapService,
    private readonly billing: BillingService,
  ) {}

  select(plan: Plan): void {
    this.selected = plan;
    this.heapService.track('Plan Selected', { plan: plan.code, monthly_price: plan.monthlyPrice });
  }

  async confirm(): Promise<void> {
    const plan = this.selected;
    if (!plan) return;
    this.saving = true;
    try {
      await this.billing.changePlan(plan.code);
      heap.addUserProperties({ plan: plan.code, limits: { seats: plan.seatLimit, projects: plan.projectLimit } }); // expect: user-property-value
      heap.track('Plan Changed', { plan: plan.code });
    } finally {
      this.saving = false;
    }
  }
}
