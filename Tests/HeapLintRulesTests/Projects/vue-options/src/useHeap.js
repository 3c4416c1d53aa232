import { inject } from 'vue';

// Hands out the Heap the plugin provides.
export const useHeap = () => inject('heap');
