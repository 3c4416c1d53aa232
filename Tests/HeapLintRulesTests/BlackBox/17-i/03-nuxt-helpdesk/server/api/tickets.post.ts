import { heapServer } from '../utils/heapServer';
import { TriageQueue } from '../utils/triage';

const queue = new TriageQueue();

export default defineEventHandler(async (event) => {
  const body = await readBody<{ requesterEmail: string; subject: string; channel?: string; priority?: string; escalate?: boolean }>(event);
  const ticket = await createTicket(body);
  queue.add(ticket);

  await heapServer.track('Ticket Created', body.requesterEmail, { channel: body.channel ?? 'web', priority: body.priority ?? 'normal' });
  await heapServer.addUserProperties(body.requesterEmail, { last_ticket_at: new Date().toISOString() });

  if (body.escalate) {
    await heapServer.track('Ticket Escalated', 'relay-escalation-bot', { ticket: ticket.id }); // expect: server-identity
  }

  return ticket;
});

async function createTicket(body: { requesterEmail: string; subject: string }) {
  return { id: crypto.randomUUID(), number: Math.floor(Math.random() * 100000), ...body, priority: 'normal' };
}
