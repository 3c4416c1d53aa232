// Shared by client and server.
export const DEMO_AGENT = 'demo-agent';
