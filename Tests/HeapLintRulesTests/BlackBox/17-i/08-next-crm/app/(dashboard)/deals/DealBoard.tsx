'use client';

import { useState } from 'react';
import { crmAnalytics } from '../../../lib/analytics';

type Deal = { id: string; name: string; stage: string; amount: number };
const STAGES = ['lead', 'qualified', 'proposal', 'won', 'lost'] as const;

export function DealBoard({ initial }: { initial: Deal[] }) {
  const [deals, setDeals] = useState(initial);

  async function move(deal: Deal, stage: string) {
    setDeals((all) => all.map((d) => (d.id === deal.id ? { ...d, stage } : d)));
    await fetch(`/api/deals/${deal.id}`, { method: 'PATCH', body: JSON.stringify({ stage }) });
    crmAnalytics.track('Deal Moved', { from: deal.stage, to: stage, amount: deal.amount });
    if (stage === 'won') crmAnalytics.traits({ last_won_amount: deal.amount });
  }

  return (
    <div className="board">
      {STAGES.map((stage) => (
        <section key={stage} onDragOver={(e) => e.preventDefault()}>
          <h3>{stage}</h3>
          {deals
            .filter((d) => d.stage === stage)
            .map((d) => (
              <article key={d.id} draggable onDragEnd={() => move(d, stage)}>
                {d.name} · {d.amount}
              </article>
            ))}
        </section>
      ))}
    </div>
  );
}
