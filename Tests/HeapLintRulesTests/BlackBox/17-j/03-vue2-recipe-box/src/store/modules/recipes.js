import axios from 'axios';

export default {
  namespaced: true,

  state: () => ({
    saved: [],
    lastCooked: null,
  }),

  getters: {
    savedCount: (state) => state.saved.length,
  },

  mutations: {
    addSaved(state, recipe) {
      state.saved.push(recipe);
    },
    setLastCooked(state, recipe) {
      state.lastCooked = recipe;
    },
  },

  actions: {
    async save({ commit, getters }, recipe) {
      await axios.post(`/api/recipes/${recipe.id}/save`);
      commit('addSaved', recipe);
      window.heap.track('Recipe Saved', { recipeId: recipe.id });
      window.heap.addUserProperties({
        savedRecipes: getters.savedCount,
        lastSavedAt: new Date().toISOString(),
      });
    },

    markCooked({ commit }, recipe) {
      commit('setLastCooked', recipe);
      window.heap.addUserProperties({ lastCookedCuisine: recipe.cuisine });
    },
  },
};
