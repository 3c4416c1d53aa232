export { identifyUser as retryIdentify } from './identity';
