import { Handlers } from "$fresh/server.ts";
import { FareHeap, type Fare } from "../../utils/fare_heap.ts";

async function searchCarriers(from: string, to: string, date: string): Promise<Fare[]> {
  const res = await fetch(`${Deno.env.get("FARES_API")}/search?from=${from}&to=${to}&date=${date}`);
  return res.ok ? ((await res.json()) as Fare[]) : [];
}

export const handler: Handlers = {
  async GET(req) {
    const url = new URL(req.url);
    const from = url.searchParams.get("from") ?? "";
    const to = url.searchParams.get("to") ?? "";
    const date = url.searchParams.get("date") ?? "";
    if (!from || !to || !date) return new Response("from, to and date are required", { status: 400 });

    const heap = new FareHeap((a, b) => a.totalCents - b.totalCents || a.stops - b.stops);
    for (const fare of await searchCarriers(from, to, date)) heap.push(fare);
    return Response.json({ total: heap.size, cheapest: heap.take(10) });
  },
};
