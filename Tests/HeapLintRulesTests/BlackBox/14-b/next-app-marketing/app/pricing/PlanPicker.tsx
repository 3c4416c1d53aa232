'use client';

export function PlanPicker({ plans }: { plans: { slug: string; price: number }[] }) {
  const pick = (slug: string, price: number) => {
    (window as any).heap?.track('Plan Selected', { plan: slug, price });
    (window as any).heap?.addUserProperties({ interested_plan: slug });
  };

  return (
    <div>
      {plans.map((p) => (
        <button key={p.slug} onClick={() => pick(p.slug, p.price)}>
          {p.slug}
        </button>
      ))}
    </div>
  );
}
