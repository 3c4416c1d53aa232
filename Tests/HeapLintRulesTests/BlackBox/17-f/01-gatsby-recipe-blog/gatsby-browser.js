import './src/styles/global.css';

export const onRouteUpdate = ({ location, prevLocation }) => {
  if (typeof window === 'undefined' || !window.heap) return;

  const section = location.pathname.split('/')[1] || 'home';
  window.heap.addEventProperties({ site_section: section });

  if (prevLocation && prevLocation.pathname.startsWith('/search')) {
    window.heap.track('Search Result Opened', {
      from_query: new URLSearchParams(prevLocation.search).get('q') || '',
      to_path: location.pathname,
    });
  }
};

export const onServiceWorkerUpdateReady = () => {
  window.location.reload();
};
