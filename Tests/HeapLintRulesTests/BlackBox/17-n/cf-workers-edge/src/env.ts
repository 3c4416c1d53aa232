export interface Env {
  HEAP_APP_ID: string;
  HEAP_API_KEY: string;
  ORIGIN_URL: string;
  CF_API_TOKEN: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  DB: D1Database;
  SESSIONS: KVNamespace;
  HEAP_EVENTS: Queue<HeapQueueMessage>;
  RATE_LIMITER: DurableObjectNamespace;
}

export interface Session {
  userId: string;
  email: string;
  orgId: string;
  role: 'owner' | 'admin' | 'member';
  expiresAt: number;
}

export interface HeapQueueMessage {
  email: string;
  event: string;
  properties: Record<string, string | number>;
}
