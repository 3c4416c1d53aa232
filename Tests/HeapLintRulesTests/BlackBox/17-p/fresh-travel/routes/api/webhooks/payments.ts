import { Handlers } from "$fresh/server.ts";
import { heapAddUserProperties, heapTrack, trackSystem } from "../../../utils/heap_server.ts";

interface PaymentEvent {
  type: "charge.succeeded" | "refund.succeeded" | "payout.paid";
  data: {
    id: string;
    amount: number;
    currency: string;
    metadata: { booking_ref?: string; traveler_id?: string };
  };
}

const kv = await Deno.openKv();

async function verifySignature(req: Request, raw: string): Promise<boolean> {
  const secret = Deno.env.get("PAYMENTS_WEBHOOK_SECRET") ?? "";
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const sig = req.headers.get("x-signature") ?? "";
  const bytes = Uint8Array.from(sig.match(/.{2}/g) ?? [], (h) => parseInt(h, 16));
  return crypto.subtle.verify("HMAC", key, bytes, new TextEncoder().encode(raw));
}

export const handler: Handlers = {
  async POST(req) {
    const raw = await req.text();
    if (!(await verifySignature(req, raw))) return new Response("bad signature", { status: 400 });
    const event = JSON.parse(raw) as PaymentEvent;

    switch (event.type) {
      case "charge.succeeded": {
        const ref = event.data.metadata.booking_ref;
        const booking = ref ? (await kv.get<{ travelerId: string; destination: string }>(["bookings", ref])).value : null;
        if (!booking) break;
        await heapTrack("Payment Captured", booking.travelerId, {
          booking_ref: ref ?? "",
          amount_cents: event.data.amount,
          currency: event.data.currency,
        });
        await heapAddUserProperties(booking.travelerId, { last_destination: booking.destination });
        break;
      }
      case "refund.succeeded": {
        await heapTrack("Refund Issued", event.data.metadata.traveler_id ?? "unknown", { // expect: server-identity
          refund_id: event.data.id,
          amount_cents: event.data.amount,
        });
        break;
      }
      case "payout.paid": {
        await trackSystem("Payout Reconciled", { payout_id: event.data.id, amount_cents: event.data.amount }); // expect: server-identity
        break;
      }
    }
    return new Response("ok");
  },
};
