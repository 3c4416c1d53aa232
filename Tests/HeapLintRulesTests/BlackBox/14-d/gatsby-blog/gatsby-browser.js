import './src/styles/global.css';

export const onClientEntry = () => {
  if (!window.heap) return;
  const anon = window.localStorage.getItem('ajs_anonymous_id');
  if (anon) {
    window.heap.identify(anon); // expect: anonymous-identity
  }
};

export const onRouteUpdate = ({ location }) => {
  if (!window.heap) return;
  const section = location.pathname.split('/')[1] || 'home';
  window.heap.addPageviewProperties({ section });
};
