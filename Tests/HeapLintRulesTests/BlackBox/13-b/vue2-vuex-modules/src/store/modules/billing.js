import api from '@/api';

export default {
  namespaced: true,
  state: () => ({
    plan: null,
  }),
  mutations: {
    SET_PLAN(state, plan) {
      state.plan = plan;
    },
  },
  actions: {
    async loadPlan({ commit, state }) {
      const { data } = await api.get('/billing/plan');
      commit('SET_PLAN', data);
      window.heap.addUserProperties({ plan: state.plan.name, mrr: state.plan.amount / 100 });
      window.heap.addUserProperties({ trialing: state.plan.status === 'trialing' }); // expect: user-property-value
    },
  },
};
