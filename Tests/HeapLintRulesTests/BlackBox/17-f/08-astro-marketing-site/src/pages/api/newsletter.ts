import type { APIRoute } from 'astro';
import heapApi from 'heap-api';

export const prerender = false;

const heap = heapApi(import.meta.env.HEAP_APP_ID);

async function subscribe(email: string): Promise<boolean> {
  const res = await fetch('https://lists.quayside.dev/api/subscribers', {
    method: 'POST',
    headers: { Authorization: `Bearer ${import.meta.env.LISTMONK_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, lists: [3], status: 'enabled', preconfirm_subscriptions: false }),
  });
  return res.ok;
}

export const POST: APIRoute = async ({ request }) => {
  const form = await request.formData();
  const email = (form.get('email') as string | null)?.trim().toLowerCase();
  if (!email || !email.includes('@')) {
    return new Response(JSON.stringify({ error: 'Please enter a valid email.' }), { status: 422 });
  }
  const source = (form.get('source') as string | null) ?? 'footer';

  if (!(await subscribe(email))) {
    return new Response(JSON.stringify({ error: 'Could not subscribe right now.' }), { status: 502 });
  }

  await heap.addUserProperties(email, { newsletter: 'monthly', newsletter_source: source });
  await heap.track('Newsletter Signup', 'www-newsletter-form', { source }); // expect: server-identity

  return new Response(JSON.stringify({ ok: true }), { status: 200 });
};
