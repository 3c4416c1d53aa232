import { Hono } from "hono";
import { z } from "zod";
import { findOrg, pool } from "../lib/db";
import { heapServer, type HeapBulkEvent } from "../lib/heap";
import { recordPlanChange, syncOrgToHeap } from "../services/accounts";

export const plans = new Hono();

const change = z.object({ plan: z.enum(["free", "pro", "business"]), seats: z.number().int().min(1).max(500) });

plans.post("/change", async (c) => {
  const user = c.get("user");
  if (user.role === "member") return c.json({ error: "only owners and billing admins can change plans" }, 403);

  const input = change.parse(await c.req.json());
  const before = await findOrg(user.orgId);
  if (!before) return c.json({ error: "org not found" }, 404);

  await pool.query("update orgs set plan = $1, seats = $2 where id = $3", [input.plan, input.seats, before.id]);
  const after = { ...before, plan: input.plan, seats: input.seats };

  await recordPlanChange(after, before.plan);
  await syncOrgToHeap(after);
  await heapServer.track(user.id, "Plan Changed", { from: before.plan, to: after.plan, seats: after.seats });

  // let every member of the org see the change in their own timeline
  const { rows: members } = await pool.query<{ id: string }>("select id from users where org_id = $1", [before.id]);
  const events: HeapBulkEvent[] = members.map((m) => ({
    identity: m.id,
    event: "Workspace Plan Changed",
    properties: { to: after.plan, changed_by: user.email },
  }));
  await heapServer.trackMany(events);

  return c.json({ plan: after.plan, seats: after.seats });
});
