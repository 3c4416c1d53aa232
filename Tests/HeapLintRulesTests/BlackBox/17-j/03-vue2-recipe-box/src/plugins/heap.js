// Exposes Heap to every component as this.$heap, plus a couple of helpers.
export default {
  install(Vue) {
    Vue.prototype.$heap = window.heap;

    Vue.prototype.$trackRecipe = function (event, recipe) {
      window.heap.track(event, { recipeId: recipe.id, cuisine: recipe.cuisine });
    };
  },
};
