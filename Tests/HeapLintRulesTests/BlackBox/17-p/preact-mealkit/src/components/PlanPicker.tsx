import { useSignal, useComputed } from '@preact/signals';
import { api } from '../lib/api';
import { setCustomerTraits, trackEvent } from '../analytics/heap';
import { ANALYTICS } from '../analytics/constants';

interface Plan {
  slug: 'classic' | 'veggie' | 'family';
  label: string;
  mealsPerWeek: number;
  pricePerServingCents: number;
}

const PLANS: Plan[] = [
  { slug: 'classic', label: 'Classic', mealsPerWeek: 3, pricePerServingCents: 899 },
  { slug: 'veggie', label: 'Veggie', mealsPerWeek: 3, pricePerServingCents: 849 },
  { slug: 'family', label: 'Family', mealsPerWeek: 4, pricePerServingCents: 749 },
];

const ADD_ONS = ['dessert', 'breakfast', 'smoothies', 'wine'] as const;

export function PlanPicker() {
  const selected = useSignal<Plan>(PLANS[0]);
  const addOns = useSignal<string[]>([]);
  const weeklyCents = useComputed(
    () => selected.value.mealsPerWeek * 2 * selected.value.pricePerServingCents + addOns.value.length * 599,
  );

  function syncPlanTraits(plan: Plan, extras: string[]) {
    setCustomerTraits({
      plan: plan.slug,
      meals_per_week: plan.mealsPerWeek,
      add_ons: extras, // expect: user-property-value
      add_on_count: extras.length,
    });
  }

  async function save() {
    await api.post('/api/subscription', { plan: selected.value.slug, add_ons: addOns.value });
    syncPlanTraits(selected.value, addOns.value);
    trackEvent(ANALYTICS.EVENTS.PLAN_CHANGED, { plan: selected.value.slug, weekly_cents: weeklyCents.value });
  }

  function toggle(addOn: string) {
    addOns.value = addOns.value.includes(addOn)
      ? addOns.value.filter((a) => a !== addOn)
      : [...addOns.value, addOn];
  }

  return (
    <section class="plans">
      {PLANS.map((plan) => (
        <button class={plan.slug === selected.value.slug ? 'plan active' : 'plan'} onClick={() => (selected.value = plan)}>
          {plan.label} · {plan.mealsPerWeek} meals
        </button>
      ))}
      <fieldset>
        <legend>Add-ons</legend>
        {ADD_ONS.map((a) => (
          <label>
            <input type="checkbox" checked={addOns.value.includes(a)} onChange={() => toggle(a)} /> {a}
          </label>
        ))}
      </fieldset>
      <p>${(weeklyCents.value / 100).toFixed(2)} / week</p>
      <button onClick={save}>Save plan</button>
    </section>
  );
}
