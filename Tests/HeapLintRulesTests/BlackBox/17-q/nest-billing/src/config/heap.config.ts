// Heap server-side API settings. Regional hosts can be selected with HEAP_API_BASE
// (e.g. https://c.eu.heap-api.com/api for the EU environment).
export const HEAP_API_BASE = process.env.HEAP_API_BASE || 'https://heapanalytics.com/api';

export const HEAP_APP_ID = process.env.HEAP_APP_ID ?? '';

/** Identity recorded for events that no customer caused (cron, migrations). */
export const SYSTEM_ACTOR = 'ledgerline-backend';
