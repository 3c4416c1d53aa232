import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const { invitees } = (await request.json()) as { invitees: string[] };

  await fetch('https://heapanalytics.com/api/add_user_properties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      users: [
        { identity: session.user.email, properties: { invites_sent: invitees.length } },
        ...invitees.map((email) => ({ identity: email, properties: { invited_by: session.user!.email! } })),
      ],
    }),
  });

  return NextResponse.json({ ok: true });
}
