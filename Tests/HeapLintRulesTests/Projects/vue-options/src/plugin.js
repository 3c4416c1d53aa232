export default {
  install(app) {
    app.provide('heap', window.heap);
  },
};
