function identifyUser(id) {
  if (window.heap) {
    window.heap.identify(id);
  }
}

function setUserProps(props) {
  window.heap && window.heap.addUserProperties(props);
}

export default {
  identify: identifyUser,
  props: setUserProps,
  logout() {
    window.heap.resetIdentity();
  },
};
