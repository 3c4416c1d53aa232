export const onRouteUpdate = ({ location, prevLocation }) => {
  if (typeof window === 'undefined' || !window.heap) return;
  window.heap.track('Route Changed', {
    path: location.pathname,
    from: prevLocation ? prevLocation.pathname : '',
  });
};

export const onClientEntry = () => {
  if (window.heap && document.referrer) {
    window.heap.addUserProperties({ first_referrer: document.referrer });
  }
};
