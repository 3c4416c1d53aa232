import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { db } from "~/db.server";

const storage = createCookieSessionStorage({
  cookie: {
    name: "__ledgerly",
    httpOnly: true,
    sameSite: "lax",
    secrets: [process.env.SESSION_SECRET!],
    secure: process.env.NODE_ENV === "production",
  },
});

export async function getUser(request: Request) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  const userId = session.get("userId");
  return userId ? db.user.findUnique({ where: { id: userId } }) : null;
}

export const getOptionalUser = getUser;

export async function requireUser(request: Request) {
  const user = await db.user.findUnique({
    where: { id: (await storage.getSession(request.headers.get("Cookie"))).get("userId") ?? "" },
    include: { organization: true },
  });
  if (!user) throw redirect("/login");
  return user;
}

export async function requireOrgMember(request: Request, slug: string) {
  const user = await requireUser(request);
  const membership = await db.membership.findFirst({ where: { userId: user.id, org: { slug } }, include: { org: true } });
  if (!membership) throw redirect("/dashboard");
  return { org: membership.org, membership };
}

export async function verifyLogin(email: string, password: string) {
  return db.user.verify(email, password);
}

export async function createUserSession(request: Request, userId: string) {
  const session = await storage.getSession(request.headers.get("Cookie"));
  session.set("userId", userId);
  return { "Set-Cookie": await storage.commitSession(session) };
}
