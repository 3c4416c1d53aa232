import Vue from 'vue';
import VueRouter from 'vue-router';
import LoginForm from './components/LoginForm.vue';
import ProfileSettings from './components/ProfileSettings.vue';

Vue.use(VueRouter);

export default new VueRouter({
  mode: 'history',
  routes: [
    { path: '/login', name: 'login', component: LoginForm },
    { path: '/profile', name: 'profile', component: ProfileSettings },
    { path: '/box', name: 'box', component: () => import('./views/Box.vue') },
  ],
});
