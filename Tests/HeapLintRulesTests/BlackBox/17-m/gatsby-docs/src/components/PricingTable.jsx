import React from 'react';
import { EVENTS } from '../analytics/events';
import { trackEvent } from '../analytics/heap';

const PLANS = [
  { id: 'starter', price: 0, label: 'Starter' },
  { id: 'team', price: 29, label: 'Team' },
  { id: 'enterprise', price: null, label: 'Enterprise' },
];

function onPlanClick(plan, billing) {
  trackEvent(EVENTS.PLAN_SELECTED, { plan: plan.id, billing });
  if (window.heap) {
    window.heap.addEventProperty({ last_plan_viewed: plan.id }); // expect: unknown-heap-method
  }
}

export default function PricingTable({ billing = 'monthly', onToggle }) {
  return (
    <section className="pricing">
      <button type="button" onClick={() => {
        window.heap?.track('Billing Period Toggled', { to: billing === 'monthly' ? 'yearly' : 'monthly' });
        onToggle?.();
      }}>
        {billing === 'monthly' ? 'Show yearly' : 'Show monthly'}
      </button>
      {PLANS.map((plan) => (
        <article key={plan.id}>
          <h3>{plan.label}</h3>
          <p>{plan.price === null ? 'Talk to us' : `$${plan.price}/mo`}</p>
          <button type="button" onClick={() => onPlanClick(plan, billing)}>
            Choose {plan.label}
          </button>
        </article>
      ))}
    </section>
  );
}
