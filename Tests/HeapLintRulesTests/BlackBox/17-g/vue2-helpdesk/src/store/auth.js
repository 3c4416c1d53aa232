import mixpanel from 'mixpanel-browser';
import { logout as apiLogout } from '../api/auth';

const saved = JSON.parse(localStorage.getItem('helpdesk.agent') || 'null');

export default {
  namespaced: true,
  state: () => ({ agent: saved }),
  getters: {
    isLoggedIn: (state) => Boolean(state.agent),
  },
  mutations: {
    setAgent(state, agent) {
      state.agent = agent;
      localStorage.setItem('helpdesk.agent', JSON.stringify(agent));
    },
    clearAgent(state) {
      state.agent = null;
      localStorage.removeItem('helpdesk.agent');
    },
  },
  actions: {
    async logout({ commit }) {
      await apiLogout();
      commit('clearAgent');
      if (window.heap) window.heap.resetIdentity();
      mixpanel.reset();
    },
  },
};
