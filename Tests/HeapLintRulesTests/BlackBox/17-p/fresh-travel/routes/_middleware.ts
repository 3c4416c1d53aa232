import { FreshContext } from "$fresh/server.ts";
import { getCookies } from "$std/http/cookie.ts";
import { SESSION_COOKIE } from "../utils/config.ts";

export interface SessionUser {
  id: string;
  email: string;
  firstName: string;
  homeAirport: string | null;
}

export interface AppState {
  user: SessionUser | null;
  locale: string;
}

const kv = await Deno.openKv();

export async function handler(req: Request, ctx: FreshContext<AppState>) {
  const sid = getCookies(req.headers)[SESSION_COOKIE];
  const entry = sid ? await kv.get<SessionUser>(["sessions", sid]) : null;
  ctx.state.user = entry?.value ?? null;
  ctx.state.locale = req.headers.get("accept-language")?.split(",")[0]?.split("-")[0] ?? "en";
  return await ctx.next();
}
