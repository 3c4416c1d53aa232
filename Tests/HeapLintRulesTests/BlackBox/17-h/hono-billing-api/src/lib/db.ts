import pg from "pg";
import { env } from "../env";

export const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });

export interface UserRow {
  id: string;
  email: string;
  org_id: string;
  role: "owner" | "billing_admin" | "member";
}

export interface OrgRow {
  id: string;
  name: string;
  plan: "free" | "pro" | "business";
  mrr_cents: number;
  seats: number;
  stripe_customer_id: string;
}

export async function findUserByStripeCustomer(customerId: string): Promise<UserRow | null> {
  const { rows } = await pool.query<UserRow>(
    `select u.* from users u join orgs o on o.id = u.org_id
      where o.stripe_customer_id = $1 and u.role = 'owner' limit 1`,
    [customerId],
  );
  return rows[0] ?? null;
}

export async function findOrg(id: string): Promise<OrgRow | null> {
  const { rows } = await pool.query<OrgRow>("select * from orgs where id = $1", [id]);
  return rows[0] ?? null;
}
