// Values shared by the client and the server bundles.

export const APP_NAME = "Habitloop";
export const SUPPORT_EMAIL = "help@habitloop.app";

/** The read-only demo workspace shown on /demo to visitors who have not signed up. */
export const DEMO_USER_ID = "demo-coach";

export const REMINDER_BATCH_SIZE = 50;
export const MAX_HABITS_FREE = 5;
