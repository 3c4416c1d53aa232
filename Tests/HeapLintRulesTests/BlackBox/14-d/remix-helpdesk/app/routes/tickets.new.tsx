import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { Form } from '@remix-run/react';
import { requireUser } from '~/session.server';
import { createTicket } from '~/models/ticket.server';

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const ticket = await createTicket(user.id, String(form.get('subject')), String(form.get('body')));

  await fetch('https://heapanalytics.com/api/track', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: process.env.HEAP_APP_ID,
      identity: user.email,
      event: 'Ticket Created',
      properties: { priority: ticket.priority, channel: 'web' },
    }),
  });

  return redirect(`/tickets/${ticket.id}`);
}

export default function NewTicket() {
  return (
    <Form method="post">
      <input name="subject" />
      <textarea name="body" />
      <button type="submit">Send</button>
    </Form>
  );
}
