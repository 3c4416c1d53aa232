export { identifyUser as trackIdentity, setUserTraits, clearUser } from './heap';
export type { Subscription } from '../billing/types';
