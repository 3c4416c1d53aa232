import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import router from './router';
import heapPlugin from './plugins/heap';

// Server-rendered shell puts the logged-in customer (if any) here.
const customer = window.__INITIAL_STATE__?.customer ?? null;

createApp(App)
  .use(createPinia())
  .use(router)
  .use(heapPlugin, { appId: import.meta.env.VITE_HEAP_APP_ID, router, customer })
  .mount('#app');
