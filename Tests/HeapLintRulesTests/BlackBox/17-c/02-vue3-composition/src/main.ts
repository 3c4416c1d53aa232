import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import router from './router';
import { installHeap } from './plugins/heap';

installHeap(import.meta.env.VITE_HEAP_ENV_ID, {
  release: import.meta.env.VITE_RELEASE ?? 'dev',
});

const app = createApp(App);
app.use(createPinia());
app.use(router);

router.afterEach((to) => {
  window.heap?.track('Route Viewed', { route: String(to.name ?? to.path) });
});

app.mount('#app');
