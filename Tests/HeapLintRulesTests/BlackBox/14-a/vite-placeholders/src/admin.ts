import { fetchMe } from './api';

fetchMe().then((me) => {
  if (me?.isStaff) {
    window.heap.identify(me.role); // expect: non-unique-identity
  }
});
