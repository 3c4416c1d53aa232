import Vue from 'vue';
import Vuex from 'vuex';
import auth from './modules/auth';
import recipes from './modules/recipes';

Vue.use(Vuex);

export default new Vuex.Store({
  modules: { auth, recipes },
  strict: process.env.NODE_ENV !== 'production',
});
