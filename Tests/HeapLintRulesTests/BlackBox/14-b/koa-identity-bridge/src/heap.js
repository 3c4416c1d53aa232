import got from 'got';

export const HEAP_APP_ID = process.env.HEAP_APP_ID;
export const heapApi = got.extend({ prefixUrl: 'https://heapanalytics.com/api', responseType: 'json' });
