import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { verify } from "hono/jwt";
import { env } from "../env";

export interface AuthUser {
  id: string;
  email: string;
  orgId: string;
  role: "owner" | "billing_admin" | "member";
}

declare module "hono" {
  interface ContextVariableMap {
    user: AuthUser;
  }
}

export const requireUser = (): MiddlewareHandler => async (c, next) => {
  const token = c.req.header("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) throw new HTTPException(401, { message: "missing token" });
  const claims = (await verify(token, env.ADMIN_TOKEN)) as unknown as AuthUser;
  c.set("user", claims);
  await next();
};

export const requireAdmin = (): MiddlewareHandler => async (c, next) => {
  if (c.req.header("x-admin-token") !== env.ADMIN_TOKEN) {
    throw new HTTPException(403, { message: "admins only" });
  }
  await next();
};
