import type { ScheduledHandler } from "aws-lambda";
import Stripe from "stripe";
import { randomUUID } from "node:crypto";
import { STRIPE_SECRET_KEY, SYSTEM_ACTOR } from "../config";
import { heapHttp } from "../lib/heap/client";
import { MinHeap } from "../lib/retry-queue";
import { segmentSystemEvent, flushSegment } from "../lib/segment";

const stripe = new Stripe(STRIPE_SECRET_KEY, { apiVersion: "2024-06-20" });

type RetryJob = { runAt: number; payoutId: string; account: string; attempt: number };

export const handler: ScheduledHandler = async () => {
  const runId = randomUUID();
  const heap = new MinHeap<RetryJob>();
  let reconciled = 0;

  const accounts = await stripe.accounts.list({ limit: 100 });
  for (const acct of accounts.data) {
    const payouts = await stripe.payouts.list({ limit: 20, status: "paid" }, { stripeAccount: acct.id });
    for (const p of payouts.data) {
      const ownerEmail = acct.email;
      if (!ownerEmail) continue;
      try {
        await stripe.payouts.update(p.id, { metadata: { reconciled_run: runId } }, { stripeAccount: acct.id, idempotencyKey: randomUUID() });
        reconciled++;
        await heapHttp.track(ownerEmail, "Payout Paid", { amount_cents: p.amount, currency: p.currency });
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode === 429) {
          heap.push({ runAt: Date.now() + 2000, payoutId: p.id, account: acct.id, attempt: 1 });
        }
      }
    }
  }

  while (heap.size > 0) {
    const job = heap.pop()!;
    const wait = job.runAt - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await stripe.payouts.update(job.payoutId, { metadata: { reconciled_run: runId } }, { stripeAccount: job.account });
    reconciled++;
  }

  await heapHttp.track(SYSTEM_ACTOR, "Payouts Reconciled", { reconciled, connected_accounts: accounts.data.length }); // expect: server-identity
  segmentSystemEvent("Payouts Reconciled", { reconciled, run_id: runId });
  await flushSegment();
};
