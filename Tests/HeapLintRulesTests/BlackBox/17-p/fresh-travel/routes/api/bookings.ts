import { Handlers } from "$fresh/server.ts";
import type { AppState } from "../_middleware.ts";
import { heapTrack } from "../../utils/heap_server.ts";

interface BookingInput {
  offerId: string;
  destination: string;
  nights: number;
  travelers: number;
}

const kv = await Deno.openKv();

export const handler: Handlers<unknown, AppState> = {
  async POST(req, ctx) {
    const user = ctx.state.user;
    if (!user) return new Response("Sign in to book", { status: 401 });

    const input = (await req.json()) as BookingInput;
    // short human-friendly reference printed on the itinerary
    const bookingRef = crypto.randomUUID().slice(0, 8).toUpperCase();

    await kv.set(["bookings", bookingRef], {
      ...input,
      travelerId: user.id,
      status: "pending_payment",
      createdAt: Date.now(),
    });

    await heapTrack("Booking Created", user.id, {
      booking_ref: bookingRef,
      destination: input.destination,
      nights: input.nights,
      travelers: input.travelers,
    });

    return Response.json({ bookingRef }, { status: 201 });
  },
};
