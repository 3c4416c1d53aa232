import { getMember } from './src/members';

export const onClientEntry = () => {
  const member = getMember();
  if (member) {
    window.heap.identify(member.email);
  } else {
    window.heap.identify('guest'); // expect: blocklisted-identity
  }
};

export const onRouteUpdate = ({ location }) => {
  window.heap.track('Article Viewed', { path: location.pathname });
};
