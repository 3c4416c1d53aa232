export { identifyUser, addTraits, track, setSuperProperties, resetUser } from './browser';
export { ANALYTICS } from './constants';
export type { AnalyticsEvent } from './constants';
export { HeapServerClient } from './server';
export type { HeapServerOptions } from './server';
