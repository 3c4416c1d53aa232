import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';

const HEAP_APP_ID = process.env.HEAP_APP_ID!;

// Called by the settings page after the user connects their CRM.
export async function POST() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const profile = await db.profile.findUnique({ where: { userId: session.user.id } });

  await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      identity: session.user.id,
      properties: { crm_stage: profile?.crmStage ?? 'lead', seats: profile?.seats ?? 0 },
    }),
  });

  if (!profile?.orgId) {
    return NextResponse.json({ ok: true });
  }

  const teammates = await db.profile.findMany({ where: { orgId: profile.orgId } });
  await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      users: teammates.map((t) => ({ identity: t.userId, properties: { org_name: t.orgName } })),
    }),
  });

  return NextResponse.json({ ok: true });
}
