import axios from 'axios';
import { identifyCook, forgetCook } from '../../analytics/identity';

export default {
  namespaced: true,

  state: () => ({
    user: null,
    trialEndsAt: null,
  }),

  mutations: {
    setUser(state, user) {
      state.user = user;
    },
    setTrial(state, endsAt) {
      state.trialEndsAt = endsAt;
    },
  },

  actions: {
    async restoreSession({ commit }) {
      const { data: session } = await axios.get('/api/session').catch(() => ({ data: null }));
      commit('setUser', session ? session.user : null);
      window.heap.identify(session ? session.user.username : 'anonymous'); // expect: blocklisted-identity
    },

    async login({ commit }, { username, password }) {
      const { data } = await axios.post('/api/session', { username, password });
      commit('setUser', data.user);
      identifyCook(data.user.username);
      window.heap.addUserProperties({
        username: data.user.username,
        isPremium: data.user.plan === 'premium', // expect: user-property-value
        country: data.user.country,
      });
      window.heap.track('Logged In');
    },

    async startTrial({ commit }) {
      const trialId = `trial_${Date.now()}`;
      const { data } = await axios.post('/api/trials', { trialId });
      commit('setTrial', data.endsAt);
      window.heap.identify(trialId); // expect: random-identity
      window.heap.track('Trial Started', { days: data.lengthDays });
    },

    async logout({ commit }) {
      await axios.delete('/api/session');
      window.heap.track('Logged Out');
      forgetCook();
      commit('setUser', null);
    },
  },
};
