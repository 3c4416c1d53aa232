export { identifyUser as signIn } from './wrappers';
