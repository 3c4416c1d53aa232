import Vue from 'vue';
import VueRouter from 'vue-router';
import store from './store';
import Login from './views/Login.vue';
import TicketList from './views/TicketList.vue';
import TicketDetail from './views/TicketDetail.vue';
import Kiosk from './views/Kiosk.vue';

Vue.use(VueRouter);

const router = new VueRouter({
  mode: 'history',
  routes: [
    { path: '/login', name: 'login', component: Login, meta: { public: true } },
    { path: '/kiosk/:location', name: 'kiosk', component: Kiosk, meta: { public: true } },
    { path: '/tickets', name: 'tickets', component: TicketList },
    { path: '/tickets/:id', name: 'ticket', component: TicketDetail, props: true },
    { path: '*', redirect: '/tickets' },
  ],
});

router.beforeEach((to, from, next) => {
  if (to.meta.public || store.getters['auth/isLoggedIn']) return next();
  next({ name: 'login', query: { next: to.fullPath } });
});

export default router;
