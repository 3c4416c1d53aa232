import { Handlers } from "$fresh/server.ts";
import type { AppState } from "../../_middleware.ts";
import { trackSystem } from "../../../utils/heap_server.ts";

const ADMINS = new Set((Deno.env.get("ADMIN_EMAILS") ?? "").split(",").filter(Boolean));

export const handler: Handlers<unknown, AppState> = {
  async POST(_req, ctx) {
    const user = ctx.state.user;
    if (!user || !ADMINS.has(user.email)) return new Response("Forbidden", { status: 403 });

    const kv = await Deno.openKv();
    let count = 0;
    for await (const entry of kv.list<{ name: string }>({ prefix: ["destinations"] })) {
      await kv.set(["search", entry.value.name.toLowerCase()], entry.key);
      count++;
    }
    // the admin who pressed the button owns this event
    await trackSystem("Search Reindexed", { destinations: count }, user.id);
    return Response.json({ count });
  },
};
