import axios from 'axios';
import { randomUUID } from 'node:crypto';
import { getServerAuthSession } from '@/lib/auth';
import { db } from '@/lib/db';

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_USER_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';

// Admin action: push workspace facts onto every member's Heap profile.
export async function POST(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerAuthSession();
  if (!session?.user || session.user.role !== 'admin') {
    return new Response('forbidden', { status: 403 });
  }

  const workspace = await db.workspace.findUnique({
    where: { id: params.id },
    include: { members: true, owner: true },
  });
  if (!workspace) return new Response('not found', { status: 404 });

  const syncId = randomUUID();
  await Promise.all(
    workspace.members.map((member) =>
      axios.post(HEAP_USER_PROPS_URL, {
        app_id: HEAP_APP_ID,
        identity: member.email,
        properties: { workspace: workspace.name, seats: workspace.members.length, sync_id: syncId },
      }),
    ),
  );

  // flag the owner so CS can filter on decision makers
  await axios.post(HEAP_USER_PROPS_URL, { app_id: HEAP_APP_ID, properties: { workspace_owner: 'yes', billing_email: workspace.billingEmail } }); // expect: server-identity

  return Response.json({ synced: workspace.members.length, syncId });
}
