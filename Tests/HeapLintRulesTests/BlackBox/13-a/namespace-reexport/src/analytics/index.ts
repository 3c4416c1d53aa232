export { identifyUser as track, setUserTraits } from './heap';
