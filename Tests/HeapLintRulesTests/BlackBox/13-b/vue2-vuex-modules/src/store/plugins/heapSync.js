export default function heapSync(store) {
  store.subscribe((mutation, state) => {
    if (mutation.type === 'user/SET_PROFILE' && state.user.profile) {
      window.heap.addUserProperties({ locale: state.user.profile.locale });
    }
  });
}
