import { createApp } from 'vue';
import App from './App.vue';
import router from './router';
import heapPlugin from './plugins/heap';

createApp(App).use(router).use(heapPlugin).mount('#app');
