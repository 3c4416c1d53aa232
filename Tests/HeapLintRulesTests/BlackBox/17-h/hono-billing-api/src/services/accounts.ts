import axios from "axios";
import { env } from "../env";
import type { OrgRow } from "../lib/db";

const heapHttp = axios.create({
  baseURL: "https://heapanalytics.com",
  timeout: 5_000,
  headers: { "Content-Type": "application/json" },
});

/** Mirrors an org's billing state onto its Heap account. */
export async function syncOrgToHeap(org: OrgRow): Promise<void> {
  await heapHttp.post("/api/add_account_properties", {
    app_id: env.HEAP_APP_ID,
    account_id: org.id,
    properties: { name: org.name, plan: org.plan, seats: org.seats, mrr: org.mrr_cents / 100 },
  });
}

export async function syncOrgsToHeap(orgs: OrgRow[]): Promise<void> {
  for (let i = 0; i < orgs.length; i += 1000) {
    await heapHttp.post("/api/add_account_properties", {
      app_id: env.HEAP_APP_ID,
      accounts: orgs.slice(i, i + 1000).map((org) => ({
        account_id: org.id,
        properties: { plan: org.plan, seats: org.seats },
      })),
    });
  }
}

/** Called by the plan-change endpoint right after Stripe confirms the new price. */
export async function recordPlanChange(org: OrgRow, previousPlan: OrgRow["plan"]): Promise<void> {
  await heapHttp.post("/api/add_account_properties", { app_id: env.HEAP_APP_ID, properties: { plan: org.plan, previous_plan: previousPlan } }); // expect: server-identity
}
