import Vue from 'vue';
import App from './App.vue';
import router from './router';
import store from './store';
import HeapService from './services/HeapService';

const heapService = new HeapService();
Vue.prototype.$analytics = heapService;

router.afterEach(() => {
  const user = store.state.user;
  if (user) {
    heapService.identify({ id: user.accountId }); // expect: non-unique-identity
  }
});

store.subscribe((mutation, state) => {
  if (mutation.type === 'profile/loaded') {
    heapService.props({ locale: state.profile.locale, projects: state.profile.projectCount });
  }
  if (mutation.type === 'auth/loggedOut') {
    heapService.reset();
  }
});

new Vue({ router, store, render: (h) => h(App) }).$mount('#app');
