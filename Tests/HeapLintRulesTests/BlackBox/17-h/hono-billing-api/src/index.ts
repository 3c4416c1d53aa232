import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { logger } from "hono/logger";
import { env } from "./env";
import { requestId } from "./middleware/request-id";
import { requireUser } from "./middleware/auth";
import { signup } from "./routes/signup";
import { webhooks } from "./routes/webhooks";
import { admin } from "./routes/admin";
import { plans } from "./routes/plans";
import { startScheduler } from "./jobs/scheduler";
import { pushMemberActivity, pushSeatUsage } from "./jobs/nightly-usage";
import { analytics } from "./lib/segment";

const app = new Hono();
app.use("*", requestId());
app.use("*", logger());

app.get("/healthz", (c) => c.text("ok"));
app.route("/signup", signup);
app.route("/webhooks", webhooks);
app.route("/admin", admin);
app.use("/plans/*", requireUser());
app.route("/plans", plans);

const stopScheduler = startScheduler([
  { name: "member-activity", nextRunAt: Date.now() + 60_000, intervalMs: 24 * 3600_000, run: pushMemberActivity },
  {
    name: "seat-usage",
    nextRunAt: Date.now() + 120_000,
    intervalMs: 24 * 3600_000,
    run: () => pushSeatUsage(new Date(Date.now() - 24 * 3600_000)),
  },
]);

const server = serve({ fetch: app.fetch, port: env.PORT });
process.on("SIGTERM", async () => {
  stopScheduler();
  await analytics.closeAndFlush();
  server.close();
});
