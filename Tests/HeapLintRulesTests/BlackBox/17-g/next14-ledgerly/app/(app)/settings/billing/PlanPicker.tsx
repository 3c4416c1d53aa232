'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export interface Plan {
  id: 'starter' | 'team' | 'business';
  label: string;
  monthly: number;
  yearly: number;
}

export function PlanPicker({ plans, current }: { plans: Plan[]; current: Plan['id'] }) {
  const router = useRouter();
  const [interval, setInterval] = useState<'month' | 'year'>('month');
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choosePlan(plan: Plan) {
    setPending(plan.id);
    setError(null);
    const res = await fetch('/api/billing/plan', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ planId: plan.id, interval }),
    });
    setPending(null);
    if (!res.ok) {
      setError('Could not change your plan. Please try again.');
      window.heap?.track('Plan Change Failed', { plan: plan.id, status: res.status });
      return;
    }
    window.heap?.track('Plan Changed', { from: current, to: plan.id, interval });
    window.heap?.addUserProperties({
      plan: plan.id,
      annual_billing: interval === 'year', // expect: user-property-value
    });
    router.refresh();
  }

  return (
    <div className="plan-picker">
      <div role="radiogroup">
        <button aria-pressed={interval === 'month'} onClick={() => setInterval('month')}>Monthly</button>
        <button aria-pressed={interval === 'year'} onClick={() => setInterval('year')}>Yearly</button>
      </div>
      {plans.map((plan) => (
        <button key={plan.id} disabled={plan.id === current || pending !== null} onClick={() => choosePlan(plan)}>
          {plan.label}: ${interval === 'year' ? plan.yearly : plan.monthly}
        </button>
      ))}
      {error && <p className="error">{error}</p>}
    </div>
  );
}
