import { createApp } from 'vue';
import { createPinia } from 'pinia';
import posthog from 'posthog-js';
import App from './App.vue';
import router from './router';
import heapPlugin from './plugins/heap';
import { trackEvent } from './lib/analytics';

const app = createApp(App);

app.use(heapPlugin, { appId: import.meta.env.VITE_HEAP_APP_ID, disableTextCapture: true });
app.use(createPinia());
app.use(router);

posthog.init(import.meta.env.VITE_POSTHOG_KEY, { api_host: 'https://eu.posthog.com' });

router.afterEach((to) => {
  trackEvent('Route Viewed', { route: String(to.name ?? to.path) });
});

window.heap.addEventProperties({ web_release: import.meta.env.VITE_RELEASE ?? 'local' });

app.mount('#app');
