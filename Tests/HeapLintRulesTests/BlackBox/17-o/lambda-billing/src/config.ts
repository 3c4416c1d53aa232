function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

export const HEAP_APP_ID = requireEnv("HEAP_APP_ID");
export const HEAP_API_KEY = process.env.HEAP_API_KEY ?? "";

/** Actor recorded on events that no customer triggered (scheduled jobs, Stripe-side changes). */
export const SYSTEM_ACTOR = "ledgerly-billing-bot";

export const STRIPE_SECRET_KEY = requireEnv("STRIPE_SECRET_KEY");
export const STRIPE_WEBHOOK_SECRET = requireEnv("STRIPE_WEBHOOK_SECRET");
export const USAGE_TABLE = process.env.USAGE_TABLE ?? "ledgerly-usage-dev";
