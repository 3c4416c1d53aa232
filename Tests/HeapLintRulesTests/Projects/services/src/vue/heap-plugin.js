export default {
  install(app) {
    app.config.globalProperties.$heap = window.heap;
    app.provide('heap', window.heap);
  },
};
