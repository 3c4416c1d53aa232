import { Hono } from "hono";
import { z } from "zod";
import { pool, type OrgRow, type UserRow } from "../lib/db";
import { heapServer as heap } from "../lib/heap";
import { segmentIdentify, segmentTrack } from "../lib/segment";

const body = z.object({
  email: z.string().email(),
  company: z.string().min(1),
  plan: z.enum(["free", "pro", "business"]).default("free"),
  heapUserId: z.string().regex(/^\d+$/).optional(),
});

export const signup = new Hono();

signup.post("/", async (c) => {
  const input = body.parse(await c.req.json());
  const client = await pool.connect();
  let user: UserRow;
  let org: OrgRow;
  try {
    await client.query("begin");
    org = (
      await client.query<OrgRow>(
        "insert into orgs (name, plan, mrr_cents, seats) values ($1, $2, 0, 1) returning *",
        [input.company, input.plan],
      )
    ).rows[0];
    user = (
      await client.query<UserRow>(
        "insert into users (email, org_id, role) values ($1, $2, 'owner') returning *",
        [input.email, org.id],
      )
    ).rows[0];
    await client.query("commit");
  } catch (err) {
    await client.query("rollback");
    throw err;
  } finally {
    client.release();
  }

  // Analytics must never fail the signup.
  await Promise.allSettled([
    input.heapUserId ? heap.identify(user.id, input.heapUserId) : Promise.resolve(),
    heap.track(user.id, "Account Created", { plan: org.plan, requestId: c.get("requestId") }),
    heap.addUserProperties(user.id, { email: user.email, role: user.role, signup_plan: org.plan }),
    heap.addAccountProperties(org.id, { name: org.name, plan: org.plan, seats: org.seats }),
  ]);
  segmentIdentify(user.id, { email: user.email, company: org.name });
  segmentTrack(user.id, "Account Created", { plan: org.plan });

  return c.json({ userId: user.id, orgId: org.id }, 201);
});
