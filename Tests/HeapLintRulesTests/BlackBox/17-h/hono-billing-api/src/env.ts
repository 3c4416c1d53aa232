import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().default(8787),
  DATABASE_URL: z.string().url(),
  HEAP_APP_ID: z.string().regex(/^\d+$/),
  STRIPE_SECRET_KEY: z.string(),
  STRIPE_WEBHOOK_SECRET: z.string(),
  SEGMENT_WRITE_KEY: z.string().optional(),
  ADMIN_TOKEN: z.string().min(32),
});

export const env = schema.parse(process.env);
