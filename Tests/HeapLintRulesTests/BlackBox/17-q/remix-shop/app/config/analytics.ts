// Analytics settings shared by the browser and the server bundles.
// Per-deployment values come from the environment; the rest are product decisions.

/** Heap environment id, injected into the page by the root loader. */
export const HEAP_APP_ID = process.env.HEAP_APP_ID;

/** Identity the in-store kiosks report under when no store code is configured. */
export const KIOSK_IDENTITY = "store-kiosk";

/** What the support dashboard shows for shoppers we could not match to an account. */
export const ANON_FALLBACK = "anonymous";

/** Actor recorded for events the server emits on its own (webhooks, cron). */
export const SERVER_ACTOR = "remix-server";

export const HEAP_TRACK_URL = "https://heapanalytics.com/api/track";
export const HEAP_USER_PROPS_URL = "https://heapanalytics.com/api/add_user_properties";
