import {
  HEAP_APP_ID,
  HEAP_TRACK_URL,
  HEAP_USER_PROPS_URL,
  SERVER_ACTOR,
} from "~/config/analytics";

type Props = Record<string, string | number>;

async function postToHeap(url: string, payload: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ app_id: HEAP_APP_ID, ...payload }),
  });
  if (!res.ok) {
    console.error(`[heap] ${url} answered ${res.status}`);
  }
}

/** Server-side event; pass the customer's email whenever the event is about a customer. */
export function trackServerEvent(event: string, properties: Props = {}, identity: string = SERVER_ACTOR) {
  return postToHeap(HEAP_TRACK_URL, { identity, event, properties });
}

export function syncCustomerProperties(email: string, properties: Props) {
  return postToHeap(HEAP_USER_PROPS_URL, { identity: email, properties });
}

export async function trackRefund(orderId: string, amount: number) {
  await fetch(HEAP_TRACK_URL, { // expect: server-identity
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      app_id: HEAP_APP_ID,
      event: "Order Refunded",
      properties: { orderId, amount },
    }),
  });
}
