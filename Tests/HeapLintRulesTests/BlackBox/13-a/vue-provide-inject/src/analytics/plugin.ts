import type { App } from 'vue';
import { HeapKey } from './keys';

export const heapPlugin = {
  install(app: App) {
    const heap = (window as any).heap;
    app.provide(HeapKey, heap);
    // older components still inject by string
    app.provide('heap', heap);
  },
};
