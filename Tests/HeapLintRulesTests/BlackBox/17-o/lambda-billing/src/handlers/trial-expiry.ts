import type { SQSHandler } from "aws-lambda";
import createHeapClient from "heap-api";
import { HEAP_APP_ID } from "../config";

type TrialMessage = {
  workspaceId: string;
  ownerEmail?: string;
  daysUsed: number;
  invoicesCreated: number;
  converted: boolean;
};

const heap = createHeapClient(HEAP_APP_ID);

export const handler: SQSHandler = async (event) => {
  for (const record of event.Records) {
    const msg = JSON.parse(record.body) as TrialMessage;

    if (msg.converted) continue;

    if (msg.ownerEmail) {
      await heap.track("Trial Expired", msg.ownerEmail, {
        days_used: msg.daysUsed,
        invoices_created: msg.invoicesCreated,
      });
    }

    // Older messages (before v1.6 of the trial service) have no owner email.
    await heap.addUserProperties(msg.ownerEmail || "unknown", { trial_state: "expired", trial_days_used: msg.daysUsed }); // expect: server-identity
  }
};
