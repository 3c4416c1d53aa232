import bcrypt from "bcryptjs";
import { redirect } from "react-router";
import { db } from "./db.server";
import { getSessionAgent } from "./session.server";

export async function verifyLogin(email: string, password: string) {
  const agent = await db.agent.findUnique({ where: { email } });
  if (!agent || !(await bcrypt.compare(password, agent.passwordHash))) return null;
  return agent;
}

export async function requireAgent(request: Request) {
  const agent = await getSessionAgent(request);
  if (!agent) throw redirect(`/login?next=${encodeURIComponent(new URL(request.url).pathname)}`);
  return db.agent.findUniqueOrThrow({ where: { id: agent.id } });
}

export async function createTrialAccount(input: { company: string; email: string }) {
  return db.$transaction(async (tx) => {
    const account = await tx.account.create({ data: { name: input.company, plan: "starter", seats: 3 } });
    return tx.agent.create({ data: { email: input.email, accountId: account.id, role: "admin", displayName: input.email } });
  });
}
