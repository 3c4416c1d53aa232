export const HEAP_APP_ID = process.env.HEAP_APP_ID ?? '3719264085';
export const HEAP_API = 'https://heapanalytics.com/api';
export const REGION = 'europe-west1';
