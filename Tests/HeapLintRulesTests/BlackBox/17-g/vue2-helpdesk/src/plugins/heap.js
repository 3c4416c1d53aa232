import Vue from 'vue';

// The snippet in public/index.html installs window.heap; expose it to components as this.$heap.
Vue.prototype.$heap = window.heap;
