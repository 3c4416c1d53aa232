import { randomUUID } from "node:crypto";

const BILLING_API = process.env.BILLING_API_URL ?? "http://localhost:4000";

/** Thin fetch wrapper for the billing service; every call carries a request id for tracing. */
export async function billingApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  const requestId = randomUUID();
  const res = await fetch(`${BILLING_API}${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      "x-request-id": requestId,
      ...(init.headers ?? {}),
    },
  });
  if (!res.ok) {
    throw new Response(`billing ${path} failed (${requestId})`, { status: res.status });
  }
  return (await res.json()) as T;
}
