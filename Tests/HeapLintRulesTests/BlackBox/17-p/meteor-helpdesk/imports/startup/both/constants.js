export const DEMO_AGENT_ID = 'relay-demo-agent';
export const DEMO_INBOX = 'demo@relay.support';

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'];
export const SLA_MINUTES = { low: 2880, normal: 1440, high: 240, urgent: 60 };
