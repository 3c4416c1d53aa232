import type { ScheduledHandler } from "aws-lambda";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { HEAP_APP_ID, USAGE_TABLE } from "../config";
import { heapApi } from "../lib/heap/got-client";

type UsageRow = {
  workspace_id: string;
  owner_email: string;
  invoices_sent: number;
  active_clients: number;
  storage_mb: number;
  over_quota: boolean;
};

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

async function loadYesterday(): Promise<UsageRow[]> {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const out = await ddb.send(
    new ScanCommand({ TableName: USAGE_TABLE, FilterExpression: "#d = :d", ExpressionAttributeNames: { "#d": "day" }, ExpressionAttributeValues: { ":d": day } }),
  );
  return (out.Items ?? []) as UsageRow[];
}

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export const handler: ScheduledHandler = async () => {
  const rows = await loadYesterday();

  for (const batch of chunk(rows, 100)) {
    await heapApi.post("add_account_properties", {
      json: {
        app_id: HEAP_APP_ID,
        accounts: batch.map((r) => ({
          account_id: r.workspace_id,
          properties: { invoices_sent_yesterday: r.invoices_sent, active_clients: r.active_clients, storage_mb: r.storage_mb },
        })),
      },
    });

    await heapApi.post("track", {
      json: {
        app_id: HEAP_APP_ID,
        events: batch.map((r) => ({
          identity: r.owner_email,
          event: "Daily Usage Recorded",
          properties: { invoices_sent: r.invoices_sent, active_clients: r.active_clients },
        })),
      },
    });
  }

  // Workspaces over quota get flagged so the success team can filter them in Heap.
  for (const r of rows.filter((row) => row.over_quota)) {
    await heapApi.post("add_account_properties", { // expect: server-identity
      json: { app_id: HEAP_APP_ID, accountId: r.workspace_id, properties: { quota_state: "over", storage_mb: r.storage_mb } },
    });
  }

  console.log(`usage rollup: ${rows.length} workspaces`);
};
