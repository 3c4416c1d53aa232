import Vue from 'vue';
import App from './App.vue';
import router from './router';
import store from './store';
import HeapPlugin from './plugins/heap';

Vue.config.productionTip = false;
Vue.use(HeapPlugin);

new Vue({
  router,
  store,
  render: (h) => h(App),
  created() {
    this.$store.dispatch('auth/restoreSession');
  },
}).$mount('#app');
