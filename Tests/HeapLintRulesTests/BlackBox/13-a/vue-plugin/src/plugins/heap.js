// Exposes Heap to every component as this.$heap
export default {
  install(app) {
    const heap = window.heap;

    app.config.globalProperties.$heap = {
      identify(id) {
        heap.identify(id);
      },
      addUserProperties(props) {
        heap.addUserProperties(props);
      },
      track(name, props) {
        heap.track(name, props);
      },
      reset() {
        heap.resetIdentity();
      },
    };
  },
};
