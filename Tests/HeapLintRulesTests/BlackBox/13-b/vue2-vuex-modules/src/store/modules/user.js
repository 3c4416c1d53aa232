import api from '@/api';

export default {
  namespaced: true,
  state: () => ({
    profile: null,
  }),
  mutations: {
    SET_PROFILE(state, profile) {
      state.profile = profile;
    },
  },
  actions: {
    async fetchProfile({ commit }) {
      const { data } = await api.get('/me');
      commit('SET_PROFILE', data);
      window.heap.identify(data.displayName); // expect: non-unique-identity
      window.heap.addUserProperties({ lastSeen: new Date() }); // expect: user-property-value
    },
    async completeSignup({ commit }, form) {
      const { data } = await api.post('/signup', form);
      commit('SET_PROFILE', data);
      window.heap.identify(data.userId);
      window.heap.addUserProperties({ signupSource: form.source || 'direct' });
    },
    signOut({ commit }) {
      window.heap.resetIdentity();
      commit('SET_PROFILE', null);
    },
  },
};
