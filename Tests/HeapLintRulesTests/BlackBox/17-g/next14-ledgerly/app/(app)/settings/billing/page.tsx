import { getServerAuthSession } from '@/lib/auth';
import { db } from '@/lib/db';
import { PlanPicker, type Plan } from './PlanPicker';

const PLANS: Plan[] = [
  { id: 'starter', label: 'Starter', monthly: 12, yearly: 120 },
  { id: 'team', label: 'Team', monthly: 39, yearly: 390 },
  { id: 'business', label: 'Business', monthly: 99, yearly: 990 },
];

export default async function BillingPage() {
  const session = await getServerAuthSession();
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: session!.user.workspaceId } });
  return (
    <>
      <h1>Billing</h1>
      <PlanPicker plans={PLANS} current={workspace.plan as Plan['id']} />
    </>
  );
}
