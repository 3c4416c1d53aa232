const HEAP_TRACK_URL = 'https://heapanalytics.com/api/track';
const APP_ID = process.env.HEAP_APP_ID;

export async function postToHeap(payload) {
  const res = await fetch(HEAP_TRACK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!res.ok) {
    throw new Error(`Heap track failed: ${res.status}`);
  }
}

export async function refundIssued(customer, amount) {
  await postToHeap({ app_id: APP_ID, identity: customer.email, event: 'Refund Issued', properties: { amount } });
}

export async function refundIssuedByCron(amount) {
  await postToHeap({ app_id: APP_ID, event: 'Refund Issued', properties: { amount } }); // expect: server-identity
}

export async function forwardEvent(event) {
  await postToHeap({ ...event, app_id: APP_ID });
}
