import { EVENTS } from './src/analytics/events';
import { identifyVisitor, tagSession, trackEvent } from './src/analytics/heap';

export const onClientEntry = () => {
  const theme = window.localStorage.getItem('docs_theme') ?? 'light';
  tagSession({ theme });

  // Readers who signed in on the marketing site carry their id over in localStorage.
  identifyVisitor(window.localStorage.getItem('docs_user') || ''); // expect: blocklisted-identity
};

export const onRouteUpdate = ({ location, prevLocation }) => {
  if (!prevLocation) return;
  trackEvent(EVENTS.PAGE_VIEW, {
    path: location.pathname,
    from: prevLocation.pathname,
  });
};
