import { createCookieSessionStorage } from "react-router";
import type { SessionAgent } from "./types";
import { db } from "./db.server";

const storage = createCookieSessionStorage({
  cookie: {
    name: "__helpdesk",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    secrets: [process.env.SESSION_SECRET ?? "dev-secret"],
  },
});

export async function getSessionAgent(request: Request): Promise<SessionAgent | null> {
  const session = await storage.getSession(request.headers.get("Cookie"));
  const agentId = session.get("agentId") as string | undefined;
  if (!agentId) return null;
  return db.agent.findUnique({ where: { id: agentId }, include: { account: true } }).then((row) =>
    row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.displayName,
          role: row.role,
          accountId: row.account.id,
          accountName: row.account.name,
          plan: row.account.plan,
          seats: row.account.seats,
          createdAt: row.createdAt.toISOString(),
        }
      : null,
  );
}

export async function commitAgentSession(request: Request, agentId: string) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  session.set("agentId", agentId);
  return storage.commitSession(session);
}

export async function destroyAgentSession(request: Request) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  return storage.destroySession(session);
}
