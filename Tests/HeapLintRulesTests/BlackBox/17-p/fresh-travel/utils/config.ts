export const HEAP_APP_ID = Deno.env.get("HEAP_APP_ID") ?? "2847193650";
export const HEAP_API_BASE = "https://heapanalytics.com/api";

/** Identity used for events that no traveler caused (payouts, cache jobs). */
export const SYSTEM_IDENTITY = "booking-engine";

export const SESSION_COOKIE = "wayfarer_sid";
