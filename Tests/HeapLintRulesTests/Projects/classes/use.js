import { Tracker } from './tracker';

const tracker = new Tracker();
tracker.identify('none'); // expect: blocklisted-identity
tracker.identify(user.id);
