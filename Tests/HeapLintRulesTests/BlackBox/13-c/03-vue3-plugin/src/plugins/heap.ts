import type { App } from 'vue';

export default {
  install(app: App) {
    const heap = (window as any).heap;
    app.config.globalProperties.$heap = heap;
    app.provide('heap', heap);
  },
};
