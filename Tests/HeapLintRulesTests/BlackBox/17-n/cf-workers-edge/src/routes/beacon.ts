import type { Env, Session } from '../env';
import type { HeapProps } from '../heap/client';

// The app posts product events here; the edge attaches the signed-in member and
// hands them to the queue, which forwards them to Heap in batches.
function sanitize(input: Record<string, unknown> | undefined): HeapProps {
  const out: HeapProps = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (typeof value === 'string') out[key] = value.slice(0, 1024);
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (typeof value === 'boolean') out[key] = value ? 'true' : 'false';
  }
  return out;
}

export async function beacon(request: Request, env: Env, session: Session | null): Promise<Response> {
  if (!session) {
    return new Response(null, { status: 204 });
  }
  const body = await request.json<{ event: string; properties?: Record<string, unknown> }>();
  await env.HEAP_EVENTS.send({
    email: session.email,
    event: body.event,
    properties: { ...sanitize(body.properties), request_id: crypto.randomUUID() },
  });
  return new Response(null, { status: 202 });
}

// Ties the browser's anonymous Heap user to the member who just signed in.
export async function linkHeapUser(request: Request, env: Env, session: Session): Promise<Response> {
  const { heapUserId } = await request.json<{ heapUserId: string }>();
  if (!/^\d+$/.test(heapUserId)) {
    return Response.json({ error: 'bad_heap_user_id' }, { status: 400 });
  }
  const res = await fetch('https://heapanalytics.com/api/v1/identify', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ app_id: env.HEAP_APP_ID, identity: session.email, user_id: heapUserId }),
  });
  return new Response(null, { status: res.ok ? 204 : 502 });
}
