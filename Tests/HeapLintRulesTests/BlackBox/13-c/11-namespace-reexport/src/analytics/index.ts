export { identifyUser as track, addTraits } from './heap';
