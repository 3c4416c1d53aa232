import { Handlers } from "$fresh/server.ts";
import { HEAP_APP_ID } from "../../utils/config.ts";

const kv = await Deno.openKv();

export const handler: Handlers = {
  async POST(req) {
    const form = await req.formData();
    const email = String(form.get("email") ?? "").trim().toLowerCase();
    if (!email.includes("@")) return new Response("Please enter a valid email", { status: 400 });

    await kv.set(["newsletter", email], { list: "weekly-deals", subscribedAt: Date.now() });

    await fetch("https://heapanalytics.com/api/add_user_properties", { // expect: server-identity
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        app_id: HEAP_APP_ID,
        properties: { newsletter: "weekly-deals", newsletter_source: "footer" },
      }),
    });

    return new Response(null, { status: 303, headers: { Location: "/newsletter/thanks" } });
  },
};
