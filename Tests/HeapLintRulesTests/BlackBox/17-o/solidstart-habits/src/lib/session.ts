import { action, query, redirect } from "@solidjs/router";
import { useSession } from "vinxi/http";

export type SessionData = { userId?: string };

function sessionConfig() {
  return { password: process.env.SESSION_SECRET!, name: "hl_session", maxAge: 60 * 60 * 24 * 30 };
}

export const getUser = query(async () => {
  "use server";
  const session = await useSession<SessionData>(sessionConfig());
  if (!session.data.userId) return undefined;
  const res = await fetch(`${process.env.API_URL}/users/${session.data.userId}`, {
    headers: { authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  if (!res.ok) return undefined;
  return (await res.json()) as {
    id: string;
    email: string;
    displayName: string;
    timezone: string;
    habitCount: number;
    remindersEnabled: boolean;
    plan: "free" | "plus";
  };
}, "user");

export const logout = action(async () => {
  "use server";
  const session = await useSession<SessionData>(sessionConfig());
  await session.clear();
  throw redirect("/login");
});

export async function loginWithPassword(email: string, password: string) {
  const res = await fetch("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) return { ok: false as const, error: res.status === 401 ? "Wrong email or password" : "Try again" };
  const body = (await res.json()) as { user: { id: string; email: string; plan: string } };
  return { ok: true as const, user: body.user };
}

export async function createAccount(input: { email: string; name: string; timezone: string }) {
  const res = await fetch("/api/auth/signup", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (!res.ok) throw new Error(`signup failed: ${res.status}`);
  return (await res.json()) as { id: string; email: string; plan: string };
}
