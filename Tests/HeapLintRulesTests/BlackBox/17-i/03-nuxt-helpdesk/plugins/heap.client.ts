// The snippet itself is in nuxt.config.ts (rendered into <head>), so by the
// time client plugins run, window.heap exists and has its stubs.
export default defineNuxtPlugin(() => {
  const heap = (window as any).heap;
  return {
    provide: { heap }
  };
});
