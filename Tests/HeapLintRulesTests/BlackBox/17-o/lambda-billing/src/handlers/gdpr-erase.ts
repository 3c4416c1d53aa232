import type { APIGatewayProxyHandlerV2 } from "aws-lambda";
import axios from "axios";
import { HEAP_API_KEY } from "../config";
import { segment } from "../lib/segment";

const HEAP_DELETION_URL = "https://heapanalytics.com/api/public/v0/user_deletion";

type EraseRequest = { email: string; ticket: string };

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  if (event.headers["x-privacy-token"] !== process.env.PRIVACY_TOKEN) {
    return { statusCode: 403, body: "forbidden" };
  }
  const body = JSON.parse(event.body ?? "{}") as EraseRequest;
  if (!body.email) return { statusCode: 400, body: "email required" };

  await axios.post(HEAP_DELETION_URL, { users: [{ email: body.email }] }, { headers: { authorization: `Bearer ${HEAP_API_KEY}` } }); // expect: server-identity

  segment.track({ userId: body.email, event: "Erasure Requested", properties: { ticket: body.ticket } });
  await segment.closeAndFlush({ timeout: 2000 });

  return { statusCode: 202, body: JSON.stringify({ ticket: body.ticket, status: "queued" }) };
};
