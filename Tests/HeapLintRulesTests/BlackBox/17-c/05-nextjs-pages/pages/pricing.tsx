import type { GetStaticProps } from 'next';
import { getCookie } from 'cookies-next';
import { heapAddUserProperties, heapIdentify, heapTrack } from '../lib/heap';
import { loadPlans, type Plan } from '../lib/plans';

type Props = { plans: Plan[] };

export default function Pricing({ plans }: Props) {
  function startTrial(plan: Plan) {
    heapIdentify(`trial-${Date.now()}`); // expect: random-identity
    heapAddUserProperties({ trial_plan: plan.code, trial_started_at: new Date().toISOString() });
    heapTrack('Trial Started', { plan: plan.code });
  }

  function contactSales(plan: Plan) {
    // Tie the sales lead to the visitor we already know from Segment.
    const anonymousId = getCookie('ajs_anonymous_id') as string;
    heapIdentify(anonymousId); // expect: anonymous-identity
    heapTrack('Contact Sales Clicked', { plan: plan.code, price: plan.monthlyPrice });
  }

  return (
    <section className="pricing">
      {plans.map((plan) => (
        <article key={plan.code}>
          <h2>{plan.name}</h2>
          <p>${plan.monthlyPrice}/mo</p>
          {plan.enterprise ? (
            <button onClick={() => contactSales(plan)}>Talk to sales</button>
          ) : (
            <button onClick={() => startTrial(plan)}>Start free trial</button>
          )}
        </article>
      ))}
    </section>
  );
}

export const getStaticProps: GetStaticProps<Props> = async () => ({
  props: { plans: await loadPlans() },
  revalidate: 3600,
});
