export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig();
  const body = await readBody<{ ticketId: string; agentEmail: string; requesterEmail: string }>(event);

  await $fetch('https://c.eu.heap-api.com/api/track', {
    method: 'POST',
    body: {
      app_id: config.heapAppId,
      identity: body.requesterEmail,
      event: 'Ticket Closed',
      properties: { ticketId: body.ticketId },
    },
  });

  await $fetch('https://c.eu.heap-api.com/api/track', { // expect: server-identity
    method: 'POST',
    body: {
      app_id: config.heapAppId,
      event: 'Agent Closed Ticket',
      properties: { agent: body.agentEmail, ticketId: body.ticketId },
    },
  });

  return { ok: true };
});
