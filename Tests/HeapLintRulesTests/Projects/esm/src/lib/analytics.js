// A wrapper module: every call site passes the identity through identifyUser.
export function identifyUser(email) {
  if (window.heap) {
    heap.identify(email);
  }
}

export const setPlan = (plan) => window.heap.addUserProperties({ plan: plan });

export default {
  track(event, props) {
    heap.track(event, props);
  },
  login(userId) {
    heap.identify(userId);
  },
};
