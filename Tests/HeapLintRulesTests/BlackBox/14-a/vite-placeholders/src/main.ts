import { createApp } from 'vue';
import App from './App.vue';
import { fetchMe } from './api';

declare global {
  interface Window {
    heap: any;
  }
}

const app = createApp(App);

fetchMe().then((me) => {
  if (me) {
    window.heap.identify(me.email);
    window.heap.addUserProperties({ plan: me.plan, role: me.role });
  }
});

app.mount('#app');
