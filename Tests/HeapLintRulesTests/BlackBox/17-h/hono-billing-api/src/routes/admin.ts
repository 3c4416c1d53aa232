import { Hono } from "hono";
import { sign } from "hono/jwt";
import { env } from "../env";
import { pool, type UserRow } from "../lib/db";
import { heapServer } from "../lib/heap";
import { requireAdmin } from "../middleware/auth";

export const admin = new Hono();
admin.use("*", requireAdmin());

/** Support staff sign in as a customer to reproduce billing issues. */
admin.post("/impersonate/:userId", async (c) => {
  const { rows } = await pool.query<UserRow>("select * from users where id = $1", [c.req.param("userId")]);
  const target = rows[0];
  if (!target) return c.json({ error: "not found" }, 404);

  await heapServer.addUserProperties("admin", { last_impersonated: target.email, requestId: c.get("requestId") }); // expect: server-identity
  await heapServer.track(target.id, "Impersonated By Support", { reason: c.req.query("reason") ?? "unspecified" });

  const token = await sign(
    { id: target.id, email: target.email, orgId: target.org_id, role: target.role, exp: Math.floor(Date.now() / 1000) + 900 },
    env.ADMIN_TOKEN,
  );
  return c.json({ token });
});
